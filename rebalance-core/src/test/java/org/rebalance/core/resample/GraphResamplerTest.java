package org.rebalance.core.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Graph;
import org.rebalance.core.data.Graphs;
import org.rebalance.core.data.Origin;
import org.rebalance.core.data.Schema;
import org.rebalance.core.resample.over.PerturbedOverSampler;
import org.rebalance.core.resample.over.RandomOverSampler;
import org.rebalance.core.resample.over.Smote;
import org.rebalance.core.resample.under.RandomUnderSampler;

class GraphResamplerTest {
    /** 12 negatives and 3 positives; graph i has i + 2 nodes; fingerprints of 8 bits when asked. */
    static Dataset<Graphs> data(boolean fingerprints) {
        List<Graph> graphs = new ArrayList<>();
        int n = 15;
        int[] y = new int[n];
        double[][] bits = new double[n][8];
        for (int i = 0; i < n; i++) {
            int nodes = i + 2;
            float[] f = new float[nodes * 2];
            java.util.Arrays.fill(f, 1f);
            int[] e = new int[2 * (nodes - 1)];
            for (int v = 1; v < nodes; v++) {
                e[2 * (v - 1)] = v - 1;
                e[2 * (v - 1) + 1] = v;
            }
            graphs.add(new Graph(nodes, 2, f, e));
            y[i] = i >= 12 ? 1 : 0;
            bits[i][i % 8] = 1;
            bits[i][(i + 3) % 8] = 1;
        }
        DenseMatrix fp = fingerprints ? DenseMatrix.of(bits, Schema.numbered(8)) : null;
        return new Dataset<>(Graphs.of(graphs, 2, fp), new ClassTarget(y, ClassNames.of("0", "1")),
                new Origin("g", "", n));
    }

    @Test
    void selectionSamplersRepeatOrDropWholeGraphs() {
        Dataset<Graphs> d = data(false);
        Dataset<Graphs> over = GraphResampler.apply(new RandomOverSampler(), d, new SplittableRandom(1));
        assertArrayEquals(new int[] {12, 12}, over.classTarget().counts());
        for (int i = 15; i < 24; i++) {
            assertEquals(1, over.classTarget().label(i));
            assertSame(d.inputs().graph(over.inputs().graph(i).nodes() - 2), over.inputs().graph(i));
        }
        Dataset<Graphs> under = GraphResampler.apply(new RandomUnderSampler(), d, new SplittableRandom(1));
        assertArrayEquals(new int[] {3, 3}, under.classTarget().counts());
    }

    @Test
    void viewIsTheFingerprintOrTheSummedNodeFeatures() {
        assertEquals(1.0, GraphResampler.view(data(true).inputs()).get(2, 5));
        DenseMatrix bag = GraphResampler.view(data(false).inputs());
        assertEquals(2, bag.cols());
        assertEquals(4.0, bag.get(2, 1)); // graph 2 has 4 nodes of features (1, 1)
    }

    @Test
    void perturbedOverSamplingAddsChangedCopiesWithTheirBits() {
        Dataset<Graphs> d = data(true);
        Dataset<Graphs> up = GraphResampler.apply(
                new PerturbedOverSampler(SamplingStrategy.Named.AUTO, 0.3), d, new SplittableRandom(4));
        assertArrayEquals(new int[] {12, 12}, up.classTarget().counts());
        assertEquals(24, up.inputs().graphFeatures().rows());
        for (int i = 0; i < 15; i++) {
            assertSame(d.inputs().graph(i), up.inputs().graph(i), "originals are kept as they are");
        }
        int changed = 0;
        for (int i = 15; i < 24; i++) {
            Graph copy = up.inputs().graph(i);
            Graph source = d.inputs().graph(copy.nodes() - 2);
            assertEquals(1, d.classTarget().label(copy.nodes() - 2), "copies come from the minority");
            assertNotSame(source, copy);
            changed += copy.equals(source) ? 0 : 1;
        }
        assertEquals(9, changed, "at rate 0.3 every copy of a 14-node graph differs");
    }

    @Test
    void interpolatingSamplersAreRefused() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> GraphResampler.apply(new Smote(SamplingStrategy.Named.AUTO, 2), data(true), new SplittableRandom(1)));
        assertEquals("sampler smote interpolates feature vectors and cannot make graphs; with graph models use "
                + "random-over, perturbed-over, an under-sampler or balanced batches", e.getMessage());
    }
}
