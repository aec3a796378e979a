package org.rebalance.core.augment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.Graph;

class PerturbationTest {
    private static Graph star(int leaves) {
        float[] f = new float[(leaves + 1) * 3];
        java.util.Arrays.fill(f, 1f);
        int[] e = new int[2 * leaves];
        for (int i = 0; i < leaves; i++) {
            e[2 * i] = 0;
            e[2 * i + 1] = i + 1;
        }
        return new Graph(leaves + 1, 3, f, e);
    }

    @Test
    void graphPerturbationMasksNodesAndDropsEdgesAtTheirRates() {
        GraphPerturbation p = new GraphPerturbation(0.2, 0.3);
        SplittableRandom rng = new SplittableRandom(1);
        Graph g = star(1000);
        long masked = 0;
        long kept = 0;
        int copies = 20;
        for (int i = 0; i < copies; i++) {
            Graph c = p.perturb(g, rng);
            assertEquals(g.nodes(), c.nodes());
            kept += c.edgeCount();
            for (int v = 0; v < c.nodes(); v++) {
                float row = c.feature(v, 0) + c.feature(v, 1) + c.feature(v, 2);
                assertTrue(row == 0f || row == 3f, "a node is masked whole or not at all");
                masked += row == 0f ? 1 : 0;
            }
        }
        assertEquals(0.2, masked / (double) (copies * g.nodes()), 0.01);
        assertEquals(0.7, kept / (double) (copies * g.edgeCount()), 0.01);
        assertEquals(g, new GraphPerturbation(0, 0).perturb(g, rng), "zero rates copy the graph");
        assertThrows(ConfigException.class, () -> new GraphPerturbation(1, 0));
    }

    @Test
    void droppingEdgesKeepsTheKindsOfThoseKept() {
        // path 0-1-2-3-4 whose edge i joins i and i + 1 and has kind i % 3
        int[] edges = {0, 1, 1, 2, 2, 3, 3, 4};
        Graph g = new Graph(5, 1, new float[5], edges, new byte[] {0, 1, 2, 0});
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 50; i++) {
            Graph c = new GraphPerturbation(0, 0.5).perturb(g, rng);
            for (int e = 0; e < c.edgeCount(); e++) {
                assertEquals(c.from(e) % 3, c.edgeKind(e), "edge " + c.from(e) + "-" + c.to(e));
            }
        }
    }

    @Test
    void bitFlipsKeepTheExpectedNumberOfSetBits() {
        VectorPerturbation p = new VectorPerturbation(0.1);
        double[] row = new double[2048];
        for (int c = 0; c < 2048; c += 20) {
            row[c] = 1;  // 103 set bits
        }
        SplittableRandom rng = new SplittableRandom(2);
        double[] out = new double[2048];
        long ones = 0;
        long changed = 0;
        int copies = 400;
        for (int i = 0; i < copies; i++) {
            p.flipBits(row, out, 0, rng);
            for (int c = 0; c < 2048; c++) {
                assertTrue(out[c] == 0 || out[c] == 1);
                ones += (long) out[c];
                changed += out[c] != row[c] ? 1 : 0;
            }
        }
        assertEquals(103, ones / (double) copies, 1.0);
        assertEquals(2 * 0.1 * 103, changed / (double) copies, 1.0);
    }

    @Test
    void jitterScalesWithTheColumn() {
        VectorPerturbation p = new VectorPerturbation(0.5);
        SplittableRandom rng = new SplittableRandom(3);
        double[] out = new double[2];
        double sum = 0;
        double sq = 0;
        int n = 20000;
        for (int i = 0; i < n; i++) {
            p.jitter(new double[] {10, 0}, new double[] {4, 0}, out, 0, rng);
            sum += out[0];
            sq += out[0] * out[0];
            assertEquals(0.0, out[1]);
        }
        double mean = sum / n;
        assertEquals(10, mean, 0.05);
        assertEquals(2.0, Math.sqrt(sq / n - mean * mean), 0.05);
    }
}
