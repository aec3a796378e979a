package org.rebalance.chem.feature;

import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.rebalance.core.data.Graph;

/**
 * A prepared molecule as a graph: one node per heavy atom ({@link AtomFeaturizer} features), one edge per
 * bond, of the bond's type: {@link #SINGLE}, {@link #DOUBLE}, {@link #TRIPLE} or {@link #AROMATIC} (aromatic
 * by the preparation's Daylight model wins over the Kekulé order; anything else counts as single).
 */
public final class GraphFeaturizer {
    /** Edge kinds: the bond types. */
    public static final byte SINGLE = 0;
    public static final byte DOUBLE = 1;
    public static final byte TRIPLE = 2;
    public static final byte AROMATIC = 3;
    /** How many bond types the graphs distinguish. */
    public static final int BOND_TYPES = 4;

    private GraphFeaturizer() {
    }

    public static Graph graph(IAtomContainer molecule) {
        int atoms = molecule.getAtomCount();
        float[] features = new float[atoms * AtomFeaturizer.SIZE];
        for (int a = 0; a < atoms; a++) {
            AtomFeaturizer.encode(molecule, molecule.getAtom(a), features, a * AtomFeaturizer.SIZE);
        }
        int[] edges = new int[molecule.getBondCount() * 2];
        byte[] types = new byte[molecule.getBondCount()];
        int e = 0;
        for (IBond bond : molecule.bonds()) {
            types[e / 2] = type(bond);
            edges[e++] = molecule.indexOf(bond.getBegin());
            edges[e++] = molecule.indexOf(bond.getEnd());
        }
        return new Graph(atoms, AtomFeaturizer.SIZE, features, edges, types);
    }

    static byte type(IBond bond) {
        if (bond.isAromatic()) {
            return AROMATIC;
        }
        if (bond.getOrder() == IBond.Order.DOUBLE) {
            return DOUBLE;
        }
        return bond.getOrder() == IBond.Order.TRIPLE ? TRIPLE : SINGLE;
    }
}
