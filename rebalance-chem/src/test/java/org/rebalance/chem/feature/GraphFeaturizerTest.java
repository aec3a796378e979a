package org.rebalance.chem.feature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebalance.core.data.Graph;
import org.rebalance.core.data.Graphs;

/** Bonds become typed edges: single, double, triple, aromatic. */
class GraphFeaturizerTest {
    private static int[] types(Graph g) {
        int[] t = new int[g.edgeCount()];
        for (int e = 0; e < t.length; e++) {
            t[e] = g.edgeKind(e);
        }
        return t;
    }

    @Test
    void bondTypesByHand() {
        // C=C-C#N: double, single, triple
        assertArrayEquals(new int[] {GraphFeaturizer.DOUBLE, GraphFeaturizer.SINGLE, GraphFeaturizer.TRIPLE},
                types(GraphFeaturizer.graph(Molecules.of("C=CC#N"))));
        // Kekulé benzene is aromatic whatever order it is written in; the methyl bond of toluene is single
        assertArrayEquals(new int[] {3, 3, 3, 3, 3, 3}, types(GraphFeaturizer.graph(Molecules.of("C1=CC=CC=C1"))));
        assertArrayEquals(new int[] {0, 3, 3, 3, 3, 3, 3}, types(GraphFeaturizer.graph(Molecules.of("Cc1ccccc1"))));
        // nitrobenzene's charge-separated nitro group: N=O double, N-[O-] single
        Graph nitro = GraphFeaturizer.graph(Molecules.of("[O-][N+](=O)c1ccccc1"));
        assertArrayEquals(new int[] {0, 1, 0, 3, 3, 3, 3, 3, 3}, types(nitro));
    }

    @Test
    void moleculeGraphsDeclareFourBondTypesEvenWhenASetLacksSome() {
        Graphs g = MoleculeFeaturizer.graphs(List.of(Molecules.of("CCO"), Molecules.of("CC")), null);
        assertEquals(GraphFeaturizer.BOND_TYPES, g.edgeKinds());
        assertEquals(4, g.select(new int[] {1}).edgeKinds());
    }
}
