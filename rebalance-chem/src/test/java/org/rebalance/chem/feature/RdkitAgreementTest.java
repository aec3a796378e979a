package org.rebalance.chem.feature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rebalance.chem.io.InvalidSmilesPolicy;
import org.rebalance.chem.io.MoleculeTable;
import org.rebalance.chem.io.SmilesCsvReader;
import org.rebalance.core.data.Graph;
import org.rebalance.core.data.Graphs;

/**
 * The CDK featuriser against RDKit on the whole embedded Hansen set: the sum of every feature
 * position over all 110,988 atoms, RDKit's computed by tools/reference/atom_features_reference.py
 * (RDKit 2022.09) with the same layout.
 */
class RdkitAgreementTest {
    private static final double[] RDKIT = {
        81968, 9069, 15881, 1053, 430, 22, 165, 1900, 456, 0, 0, 0, 0, 0, 0, 38, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // elements
        0, 24118, 50303, 34750, 1817, 0, 0, 0, 0, 0, 0, // degree
        52231, 38606, 12729, 7422, 0, 0, 0, // implicit valence
        73, 0, // formal charge, radical electrons
        454, 77764, 32754, 16, 0, // hybridisation
        53091, // aromatic
        50425, 40411, 12730, 7422, 0, // total hydrogens
    };

    @Test
    void featureSumsOverTheHansenSetAgreeWithRdkit() {
        MoleculeTable t = SmilesCsvReader.read(Path.of("../data/ames_hansen2009.csv"), "smiles", "label",
                InvalidSmilesPolicy.SKIP);
        assertEquals(6506, t.size());
        assertArrayEquals(new long[] {2, 3, 4, 5, 6, 7}, t.invalid().stream().mapToLong(i -> i.row()).toArray());
        Graphs g = MoleculeFeaturizer.graphs(t.molecules(), null);
        double[] sums = new double[AtomFeaturizer.SIZE];
        for (int i = 0; i < g.size(); i++) {
            Graph m = g.graph(i);
            for (int v = 0; v < m.nodes(); v++) {
                for (int f = 0; f < sums.length; f++) {
                    sums[f] += m.feature(v, f);
                }
            }
        }
        long atoms = g.totalNodes();
        assertEquals(110988, atoms);
        exact(sums, 0, 44, "element");
        exact(sums, 44, 55, "degree");
        exact(sums, 62, 64, "formal charge and radicals");
        exact(sums, 70, 75, "total hydrogens");
        assertEquals(RDKIT[69], sums[69], 10, "aromatic atoms");
        // CDK and RDKit type some atoms differently (bracket hydrogens, hypervalent atoms): within 2 % of atoms
        for (int f = 55; f < 69; f++) {
            assertTrue(Math.abs(RDKIT[f] - sums[f]) <= 0.02 * atoms, "position " + AtomFeaturizer.names().get(f)
                    + ": RDKit " + RDKIT[f] + ", CDK " + sums[f]);
        }
    }

    private static void exact(double[] sums, int from, int to, String what) {
        for (int f = from; f < to; f++) {
            assertEquals(RDKIT[f], sums[f], what + " " + AtomFeaturizer.names().get(f));
        }
    }
}
