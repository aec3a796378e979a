package org.rebalance.nn.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Graph;
import org.rebalance.core.data.Graphs;
import org.rebalance.core.data.Schema;
import org.rebalance.core.learn.Readout;
import org.rebalance.nn.engine.Engines;

class GraphInputTest {
    // graph a: path 0-1-2 with node values 1, 2, 3; graph b: edge 0-1 with values 10, 20
    private static final Graph A = new Graph(3, 1, new float[] {1, 2, 3}, new int[] {0, 1, 1, 2});
    private static final Graph B = new Graph(2, 1, new float[] {10, 20}, new int[] {0, 1});

    private static float[] run(Readout readout, int operand, int[] rows) {
        Graphs g = Graphs.of(List.of(A, B), 1, DenseMatrix.of(new double[][] {{1, 0}, {0, 1}}, Schema.numbered(2)));
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            NDList in = new GraphInput(1, 2, readout).open(g, m).batch(rows, 0, rows.length, m);
            NDArray x = in.get(0);
            if (operand == 0) {
                return in.get(1).dot(x).toFloatArray();
            }
            if (operand == 3) {
                return in.get(3).toFloatArray();
            }
            return readout == Readout.MAX ? in.get(2).toType(ai.djl.ndarray.types.DataType.FLOAT32, false).toFloatArray()
                    : in.get(2).dot(x).toFloatArray();
        }
    }

    @Test
    void adjacencyTimesNodesIsTheNeighbourSum() {
        // batch b, a: nodes 10, 20 | 1, 2, 3
        assertArrayEquals(new float[] {20, 10, 2, 1 + 3, 2}, run(Readout.SUM, 0, new int[] {1, 0}));
    }

    @Test
    void poolingSumsOrAveragesEachGraph() {
        assertArrayEquals(new float[] {6, 30, 6}, run(Readout.SUM, 2, new int[] {0, 1, 0}));
        assertArrayEquals(new float[] {2, 15}, run(Readout.MEAN, 2, new int[] {0, 1}));
    }

    @Test
    void maxTablePadsWithTheExtraRow() {
        // b (2 nodes) then a (3 nodes): positions 0,1,pad | 2,3,4; the pad row is index 5
        assertArrayEquals(new float[] {0, 1, 5, 2, 3, 4}, run(Readout.MAX, 2, new int[] {1, 0}));
    }

    @Test
    void graphFeaturesFollowTheRows() {
        assertArrayEquals(new float[] {0, 1, 1, 0}, run(Readout.SUM, 3, new int[] {1, 0}));
        assertEquals(4, new GraphInput(75, 166, Readout.SUM).shapes().length);
        assertEquals(3, new GraphInput(75, 0, Readout.SUM).shapes().length);
    }

    @Test
    void sparseFingerprintsTravelAsTheirSetBits() {
        // 40-bit fingerprints with one bit set (2.5 %): the set bits; the 2-bit ones above (50 %) stay dense
        double[][] bits = new double[2][40];
        bits[0][7] = 1;
        bits[1][33] = 1;
        Graphs g = Graphs.of(List.of(A, B), 1, DenseMatrix.of(bits, Schema.numbered(40)));
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            NDArray fp = new GraphInput(1, 40, Readout.SUM).open(g, m).batch(new int[] {1, 0}, 0, 2, m).get(3);
            assertTrue(org.rebalance.nn.net.SetBitRows.isEncoded(fp));
            org.rebalance.nn.net.SetBitRows rows = org.rebalance.nn.net.SetBitRows.fromTensor(fp);
            assertArrayEquals(new int[] {0, 1, 2}, rows.rowStart());
            assertArrayEquals(new int[] {33, 7}, rows.columns());
        }
    }

    @Test
    void typedAdjacencyStacksOneBlockPerEdgeKind() {
        // path 0-1 (kind 0), 1-2 (kind 1) with node values 1, 2, 3
        Graph typed = new Graph(3, 1, new float[] {1, 2, 3}, new int[] {0, 1, 1, 2}, new byte[] {0, 1});
        Graphs g = Graphs.of(List.of(typed), 1, null, 2);
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            NDList in = new GraphInput(1, 0, Readout.SUM, 2).open(g, m).batch(new int[] {0}, 0, 1, m);
            assertArrayEquals(new long[] {6, 3}, in.get(1).getShape().getShape());
            // kind 0 sums (2, 1, 0), then kind 1 sums (0, 3, 2)
            assertArrayEquals(new float[] {2, 1, 0, 0, 3, 2}, in.get(1).dot(in.get(0)).toFloatArray());
        }
        assertArrayEquals(new long[] {8, 2}, new GraphInput(5, 0, Readout.SUM, 4).shapes()[1].getShape());
    }
}
