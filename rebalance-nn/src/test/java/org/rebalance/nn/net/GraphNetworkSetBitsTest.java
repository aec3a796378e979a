package org.rebalance.nn.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Graph;
import org.rebalance.core.data.Graphs;
import org.rebalance.core.data.Schema;
import org.rebalance.core.learn.Gcn;
import org.rebalance.core.learn.GraphMerge;
import org.rebalance.core.learn.Readout;
import org.rebalance.nn.batch.GraphInput;
import org.rebalance.nn.engine.Engines;

/** The merge network's fingerprint branch learns the same from set bits as from the dense fingerprints. */
class GraphNetworkSetBitsTest {
    private static final GraphMerge MERGE = new GraphMerge(new Gcn(List.of(4), Readout.SUM, List.of(4), 0.0), List.of(3));

    /** Every parameter's gradient after one backward pass of sum(output) over the batch. */
    private static List<float[]> gradients(Graphs graphs, boolean setBits) {
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            Engines.seed(3);
            Block net = Networks.build(MERGE, 1);
            GraphInput input = new GraphInput(2, graphs.graphFeatures().cols(), Readout.SUM);
            Networks.initialize(net, MERGE, m, input.shapes());
            int[] rows = {0, 1, 2, 3};
            NDList batch = input.open(graphs, m).batch(rows, 0, rows.length, m);
            assertTrue(SetBitRows.isEncoded(batch.get(3)), "2 % dense fingerprints come as set bits");
            if (!setBits) {
                float[] dense = graphs.graphFeatures().select(rows).toFloatArray();
                batch.set(3, m.create(dense, new Shape(rows.length, graphs.graphFeatures().cols())));
            }
            boolean gradMode = JniUtils.isGradMode();
            JniUtils.setGradMode(true);
            try {
                NDArray loss = net.forward(new ParameterStore(m, false), batch, true).singletonOrThrow().sum();
                JniUtils.backward((PtNDArray) loss, (PtNDArray) loss.onesLike(), false, false);
                DeferredBackward.completeAll(net);
            } finally {
                JniUtils.setGradMode(gradMode);
            }
            List<float[]> out = new ArrayList<>();
            for (Pair<String, Parameter> p : net.getParameters()) {
                out.add(p.getValue().getArray().getGradient().toFloatArray());
            }
            return out;
        }
    }

    @Test
    void setBitFingerprintsGiveTheDenseGradients() {
        SplittableRandom rng = new SplittableRandom(2);
        List<Graph> graphs = new ArrayList<>();
        double[][] bits = new double[4][100];
        for (int i = 0; i < 4; i++) {
            graphs.add(new Graph(2, 2, new float[] {1, 0, 0, 1}, new int[] {0, 1}));
            bits[i][rng.nextInt(100)] = 1;
            bits[i][rng.nextInt(100)] = 1;
        }
        Graphs g = Graphs.of(graphs, 2, DenseMatrix.of(bits, Schema.numbered(100)));
        List<float[]> dense = gradients(g, false);
        List<float[]> fromBits = gradients(g, true);
        for (int p = 0; p < dense.size(); p++) {
            assertArrayEquals(dense.get(p), fromBits.get(p), 1e-5f, "parameter " + p);
        }
    }
}
