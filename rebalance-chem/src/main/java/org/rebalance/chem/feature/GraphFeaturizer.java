package org.rebalance.chem.feature;

import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.rebalance.core.data.Graph;

/** A prepared molecule as a graph: one node per heavy atom ({@link AtomFeaturizer} features), one edge per bond. */
public final class GraphFeaturizer {
    private GraphFeaturizer() {
    }

    public static Graph graph(IAtomContainer molecule) {
        int atoms = molecule.getAtomCount();
        float[] features = new float[atoms * AtomFeaturizer.SIZE];
        for (int a = 0; a < atoms; a++) {
            AtomFeaturizer.encode(molecule, molecule.getAtom(a), features, a * AtomFeaturizer.SIZE);
        }
        int[] edges = new int[molecule.getBondCount() * 2];
        int e = 0;
        for (IBond bond : molecule.bonds()) {
            edges[e++] = molecule.indexOf(bond.getBegin());
            edges[e++] = molecule.indexOf(bond.getEnd());
        }
        return new Graph(atoms, AtomFeaturizer.SIZE, features, edges);
    }
}
