package org.rebalance.chem.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebalance.core.data.Graph;

class AtomFeaturizerTest {
    /** The names of the features set in node v, with non-1 values written name=value. */
    private static List<String> set(Graph g, int v) {
        List<String> names = AtomFeaturizer.names();
        List<String> out = new ArrayList<>();
        for (int f = 0; f < AtomFeaturizer.SIZE; f++) {
            float x = g.feature(v, f);
            if (x != 0) {
                out.add(x == 1f ? names.get(f) : names.get(f) + "=" + x);
            }
        }
        return out;
    }

    @Test
    void layoutHas75NamedPositions() {
        assertEquals(75, AtomFeaturizer.SIZE);
        assertEquals(75, AtomFeaturizer.names().size());
        assertEquals("element=other", AtomFeaturizer.names().get(43));
        assertEquals("degree=10+", AtomFeaturizer.names().get(54));
        assertEquals("total_h=4+", AtomFeaturizer.names().get(74));
    }

    @Test
    void paracetamolAtomsByHand() {
        // CC(=O)Nc1ccc(O)cc1: methyl C, carbonyl C, carbonyl O, amide N, ring C(N), ring CH ...
        Graph g = GraphFeaturizer.graph(Molecules.of("CC(=O)Nc1ccc(O)cc1"));
        assertEquals(11, g.nodes());
        assertEquals(11, g.edgeCount());
        assertEquals(List.of("element=C", "degree=1", "implicit_valence=3", "hybridisation=SP3", "total_h=3"), set(g, 0));
        assertEquals(List.of("element=C", "degree=3", "implicit_valence=0", "hybridisation=SP2", "total_h=0"), set(g, 1));
        assertEquals(List.of("element=O", "degree=1", "implicit_valence=0", "hybridisation=SP2", "total_h=0"), set(g, 2));
        assertEquals(List.of("element=C", "degree=3", "implicit_valence=0", "hybridisation=SP2", "aromatic",
                "total_h=0"), set(g, 4));
        assertEquals(List.of("element=C", "degree=2", "implicit_valence=1", "hybridisation=SP2", "aromatic",
                "total_h=1"), set(g, 5));
        // conjugated lone pairs: the amide N and the phenol O count as SP2, as in RDKit
        assertEquals(List.of("element=N", "degree=2", "implicit_valence=1", "hybridisation=SP2", "total_h=1"), set(g, 3));
        assertEquals(List.of("element=O", "degree=1", "implicit_valence=1", "hybridisation=SP2", "total_h=1"), set(g, 8));
        // every hybridisation of the molecule equals RDKit 2022.09's (SP3, SP2 x 10)
        Graph ethanol = GraphFeaturizer.graph(Molecules.of("CCO"));
        assertEquals(1f, ethanol.feature(2, AtomFeaturizer.HYBRIDISATION_AT + 2), "an alcohol O stays SP3");
    }

    @Test
    void chargesAreNumbers() {
        Graph g = GraphFeaturizer.graph(Molecules.of("[O-][N+](=O)c1ccccc1"));
        assertEquals(-1f, g.feature(0, AtomFeaturizer.CHARGE_AT));
        assertEquals(1f, g.feature(1, AtomFeaturizer.CHARGE_AT));
        assertEquals(0f, g.feature(2, AtomFeaturizer.CHARGE_AT));
    }

    @Test
    void unlistedElementAndUnknownHybridisationTakeTheLastSlots() {
        Graph g = GraphFeaturizer.graph(Molecules.of("[U]"));
        assertEquals(List.of("element=other", "degree=0", "implicit_valence=0", "hybridisation=SP3D2", "total_h=0"),
                set(g, 0));
        Graph nitrile = GraphFeaturizer.graph(Molecules.of("C#N"));
        assertEquals(1f, nitrile.feature(0, AtomFeaturizer.HYBRIDISATION_AT));
    }

    @Test
    void everyAtomHasExactlyOneSlotSetInEachOneHotBlock() {
        Graph g = GraphFeaturizer.graph(Molecules.of("CN1C=NC2=C1C(=O)N(C(=O)N2C)C"));  // caffeine
        int[][] blocks = {{0, 44}, {44, 55}, {55, 62}, {64, 69}, {70, 75}};
        for (int v = 0; v < g.nodes(); v++) {
            for (int[] b : blocks) {
                float sum = 0;
                for (int f = b[0]; f < b[1]; f++) {
                    sum += g.feature(v, f);
                }
                assertEquals(1f, sum, "atom " + v + " block " + b[0]);
            }
        }
    }
}
