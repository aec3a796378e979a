package org.rebalance.nn.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
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
import org.rebalance.core.data.Part;
import org.rebalance.core.data.Schema;
import org.rebalance.core.learn.Gcn;
import org.rebalance.core.learn.GraphMerge;
import org.rebalance.core.learn.Mlp;
import org.rebalance.core.learn.Readout;
import org.rebalance.core.metrics.BinaryScores;
import org.rebalance.core.metrics.Evaluation;
import org.rebalance.core.metrics.Metric;
import org.rebalance.core.metrics.Threshold;
import org.rebalance.core.util.ProgressListener;
import org.rebalance.core.weight.ClassWeights;

class GraphLearnerTest {
    private static final TrainingOptions FAST = TrainingOptions.defaults().withEpochs(25).withPatience(0)
            .withBatchSize(32).withLearningRate(0.01);
    private static final Gcn SMALL = new Gcn(List.of(16, 16), Readout.SUM, List.of(16), 0.0);

    /**
     * Random trees of 4-9 nodes whose nodes are of type A or B (one-hot). A graph is positive when
     * two A nodes are joined by an edge: a question about edges, which no bag of node types can
     * answer, so only message passing learns it. The graph-level feature is noise, or (when
     * {@code leak}) the label itself.
     */
    static Dataset<Graphs> trees(int n, long seed, boolean leak) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Graph> graphs = new ArrayList<>();
        int[] y = new int[n];
        double[][] extra = new double[n][];
        for (int i = 0; i < n; i++) {
            int nodes = 4 + rng.nextInt(6);
            boolean[] a = new boolean[nodes];
            float[] f = new float[nodes * 2];
            for (int v = 0; v < nodes; v++) {
                a[v] = rng.nextDouble() < 0.3;
                f[2 * v + (a[v] ? 0 : 1)] = 1;
            }
            int[] edges = new int[2 * (nodes - 1)];
            boolean aa = false;
            for (int v = 1; v < nodes; v++) {
                int parent = rng.nextInt(v);
                edges[2 * (v - 1)] = parent;
                edges[2 * (v - 1) + 1] = v;
                aa |= a[parent] && a[v];
            }
            graphs.add(new Graph(nodes, 2, f, edges));
            y[i] = aa ? 1 : 0;
            extra[i] = new double[] {leak ? y[i] : rng.nextInt(2), rng.nextInt(2)};
        }
        Graphs g = Graphs.of(graphs, 2, DenseMatrix.of(extra, Schema.numbered(2)));
        return new Dataset<>(g, new ClassTarget(y, ClassNames.of("0", "1")), new Origin("trees", "", n));
    }

    private static double auc(NetworkModel<Graphs> m, Dataset<Graphs> d) {
        return Evaluation.of(Part.TEST, d.classTarget(), m.score(d.inputs()), Threshold.DEFAULT).get(Metric.ROC_AUC);
    }

    @Test
    void gcnLearnsAnEdgeQuestionWithEachReadout() {
        Dataset<Graphs> train = trees(600, 1, false);
        Dataset<Graphs> test = trees(300, 2, false);
        for (Readout r : Readout.values()) {
            Gcn spec = new Gcn(List.of(16, 16), r, List.of(16), 0.0);
            try (NetworkModel<Graphs> m = (NetworkModel<Graphs>) NetworkLearner.forGraphs(spec, FAST)
                    .fit(train, test, ClassWeights.uniform(2), 5, ProgressListener.NONE).model()) {
                double auc = auc(m, test);
                assertTrue(auc > 0.95, r + " ROC-AUC " + auc);
            }
        }
    }

    @Test
    void scoresDoNotDependOnNodeOrderOrBatchCompany() {
        Dataset<Graphs> train = trees(200, 3, false);
        try (NetworkModel<Graphs> m = (NetworkModel<Graphs>) NetworkLearner.forGraphs(SMALL, FAST.withEpochs(3))
                .fit(train, train, ClassWeights.uniform(2), 5, ProgressListener.NONE).model()) {
            Graph g = train.inputs().graph(0);
            int nodes = g.nodes();
            int[] perm = new int[nodes]; // reverse the node order
            for (int v = 0; v < nodes; v++) {
                perm[v] = nodes - 1 - v;
            }
            float[] f = new float[nodes * 2];
            for (int v = 0; v < nodes; v++) {
                f[2 * perm[v]] = g.feature(v, 0);
                f[2 * perm[v] + 1] = g.feature(v, 1);
            }
            int[] e = g.edges();
            for (int k = 0; k < e.length; k++) {
                e[k] = perm[e[k]];
            }
            Graphs alone = Graphs.of(List.of(g), 2);
            Graphs reordered = Graphs.of(List.of(new Graph(nodes, 2, f, e)), 2);
            double inBatch = ((BinaryScores) m.score(train.inputs().select(new int[] {5, 0, 7}))).positive()[1];
            double single = ((BinaryScores) m.score(alone)).positive()[0];
            double permuted = ((BinaryScores) m.score(reordered)).positive()[0];
            assertArrayEquals(new double[] {single, single}, new double[] {inBatch, permuted}, 1e-6);
        }
    }

    @Test
    void mergeNetworkUsesTheGraphFeatures() {
        // the label is copied into a graph-level feature: the merge network finds it at once
        Dataset<Graphs> train = trees(300, 4, true);
        Dataset<Graphs> test = trees(200, 5, true);
        GraphMerge spec = new GraphMerge(SMALL, List.of(8));
        try (NetworkModel<Graphs> m = (NetworkModel<Graphs>) NetworkLearner.forGraphs(spec, FAST.withEpochs(10))
                .fit(train, test, ClassWeights.uniform(2), 5, ProgressListener.NONE).model()) {
            double auc = auc(m, test);
            assertTrue(auc > 0.999, "ROC-AUC " + auc);
        }
    }

    @Test
    void savedGraphNetworksLoadWithTheSameScores() throws IOException {
        Dataset<Graphs> train = trees(100, 6, false);
        for (org.rebalance.core.learn.NetworkSpec spec : List.of(SMALL, new GraphMerge(SMALL, List.of(8)))) {
            try (NetworkModel<Graphs> m = (NetworkModel<Graphs>) NetworkLearner.forGraphs(spec, FAST.withEpochs(2))
                    .fit(train, train, ClassWeights.uniform(2), 5, ProgressListener.NONE).model()) {
                double[] before = ((BinaryScores) m.score(train.inputs())).positive();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                m.saveParameters(new DataOutputStream(bytes));
                try (NetworkModel<Graphs> loaded = NetworkModel.load(spec, m.adapter(), 2,
                        new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())))) {
                    assertArrayEquals(before, ((BinaryScores) loaded.score(train.inputs())).positive(), 1e-7);
                }
            }
        }
    }

    @Test
    void networksRefuseTheWrongInputs() {
        assertThrows(ConfigException.class, () -> NetworkLearner.forVectors(SMALL, FAST));
        Dataset<Graphs> train = trees(20, 7, false);
        assertThrows(ConfigException.class, () -> NetworkLearner.forGraphs(Mlp.defaults(), FAST)
                .fit(train, train, ClassWeights.uniform(2), 5, ProgressListener.NONE));
        Graphs plain = Graphs.of(List.of(train.inputs().graph(0)), 2);
        assertThrows(ConfigException.class, () -> NetworkLearner.graphInput(new GraphMerge(SMALL, List.of(8)), plain));
    }
}
