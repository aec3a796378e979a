package org.rebalance.chem.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;

/**
 * Finds molecules that are the same structure written differently, by CDK's unique (canonical)
 * SMILES, so that a split keeps them in one part: a structure in both training and test data would
 * leak its label into the score.
 */
public final class DuplicateStructures {
    private DuplicateStructures() {
    }

    /** A group id per molecule: equal ids for equal canonical SMILES, ids numbered by first appearance. */
    public static int[] groups(List<IAtomContainer> molecules) {
        String[] keys = new String[molecules.size()];
        IntStream.range(0, keys.length).parallel().forEach(i -> keys[i] = key(molecules.get(i), i));
        Map<String, Integer> ids = new HashMap<>();
        int[] groups = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            groups[i] = ids.computeIfAbsent(keys[i], k -> ids.size());
        }
        return groups;
    }

    private static String key(IAtomContainer molecule, int index) {
        try {
            return new SmilesGenerator(SmiFlavor.Unique).create(molecule);
        } catch (CDKException | RuntimeException e) {
            return "#unkeyed " + index; // a structure CDK cannot canonicalise stays on its own
        }
    }
}
