package org.rebalance.chem.feature;

import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;

/** Prepared molecules from SMILES, for tests. */
final class Molecules {
    private Molecules() {
    }

    static IAtomContainer of(String smiles) {
        try {
            return MoleculePreparation.prepare(new SmilesParser(SilentChemObjectBuilder.getInstance())
                    .parseSmiles(smiles));
        } catch (InvalidSmilesException e) {
            throw new AssertionError(e);
        }
    }
}
