package org.rebalance.nn.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv1d;
import ai.djl.training.ParameterStore;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Origin;
import org.rebalance.core.data.Part;
import org.rebalance.core.data.Schema;
import org.rebalance.core.learn.Cnn1d;
import org.rebalance.core.learn.FitResult;
import org.rebalance.core.metrics.BinaryScores;
import org.rebalance.core.metrics.Evaluation;
import org.rebalance.core.metrics.Metric;
import org.rebalance.core.metrics.Threshold;
import org.rebalance.core.util.ProgressListener;
import org.rebalance.core.weight.ClassWeights;
import org.rebalance.nn.engine.Engines;
import org.rebalance.nn.net.Networks;

/** The 1-D CNN: its layer shapes, and that it learns a signal task as a classifier. */
class SignalNetworkTest {
    /** Signals of length 32 from N(0, 1) (class 0) or N(0, 2^2) (class 1): only their spread differs. */
    static Dataset<DenseMatrix> spreads(int perClass, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 2 * perClass;
        double[][] x = new double[n][32];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            double sd = y[i] == 0 ? 1 : 2;
            for (int t = 0; t < 32; t++) {
                x[i][t] = sd * Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
            }
        }
        return new Dataset<>(DenseMatrix.of(x, Schema.numbered(32)), new ClassTarget(y, ClassNames.of("0", "1")),
                new Origin("spreads", "", n));
    }

    @Test
    void convolutionsPoolAndHeadGiveOneOutputPerSignal() {
        Block block = Networks.build(new Cnn1d(List.of(4, 8), 3, 2, List.of(6), 0.0), 1);
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            block.initialize(m, DataType.FLOAT32, new Shape(5, 20));
            assertArrayEquals(new long[] {5, 1}, block.getOutputShapes(new Shape[] {new Shape(5, 20)})[0].getShape());
            // conv(1->4, k3): 4*1*3 + 4; conv(4->8, k3): 8*4*3 + 8; linear 8->6: 48 + 6; linear 6->1: 6 + 1
            long parameters = block.getParameters().values().stream().mapToLong(p -> p.getArray().size()).sum();
            assertEquals(16 + 104 + 54 + 7, parameters);
        }
    }

    @Test
    void theFirstConvolutionIsTheOneDimensionalConvolutionOfTheSignal() {
        Block block = Networks.build(new Cnn1d(List.of(4), 3, 2, List.of(6), 0.0), 1);
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            Shape in = new Shape(3, 11);
            block.initialize(m, DataType.FLOAT32, in);
            SplittableRandom rng = new SplittableRandom(9);
            float[] values = new float[33];
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) rng.nextGaussian();
            }
            NDArray x = m.create(values, in);
            List<Block> layers = block.getChildren().values();
            ParameterStore store = new ParameterStore(m, false);
            NDList out = new NDList(x);
            for (Block layer : layers.subList(0, 3)) { // one-row image, channels-last, the (1, 3) convolution
                out = layer.forward(store, out, false);
            }
            NDArray weight = layers.get(2).getParameters().get("weight").getArray();
            NDArray bias = layers.get(2).getParameters().get("bias").getArray();
            // the same weights as a 1-D convolution over (N, 1, L) with "same" padding
            NDArray expected = Conv1d.conv1d(x.expandDims(1),
                    weight.reshape(4, 1, 3), bias, new Shape(1), new Shape(1)).singletonOrThrow();
            float[] want = expected.toFloatArray();
            float[] got = out.singletonOrThrow().reshape(3, 4, 11).toFloatArray();
            assertEquals(want.length, got.length);
            for (int i = 0; i < want.length; i++) {
                assertEquals(want[i], got[i], 1e-5, "value " + i);
            }
        }
    }

    @Test
    void learnsToTellSignalsApartBySpread() {
        TrainingOptions options = TrainingOptions.defaults().withEpochs(15).withPatience(0).withBatchSize(32)
                .withLearningRate(0.01);
        NetworkLearner<DenseMatrix> learner = NetworkLearner.forVectors(new Cnn1d(List.of(8), 3, 2, List.of(8), 0.0),
                options);
        Dataset<DenseMatrix> valid = spreads(100, 2);
        FitResult<DenseMatrix> fit = learner.fit(spreads(200, 1), valid, ClassWeights.uniform(2), 3, ProgressListener.NONE);
        try (var model = fit.model()) {
            Evaluation e = Evaluation.of(Part.VALID, valid.classTarget(), (BinaryScores) model.score(valid.inputs()),
                    Threshold.DEFAULT);
            // the two spreads are far apart over 32 values (a variance-ratio test errs ~0.1 % of the time)
            assertTrue(e.get(Metric.BALANCED_ACCURACY) > 0.9, "balanced accuracy " + e.get(Metric.BALANCED_ACCURACY));
        }
    }

    @Test
    void badArchitecturesAreRefusedWithTheReason() {
        assertEquals("cnn1d: the kernel width must be odd and >= 1, got 4",
                assertThrows(ConfigException.class, () -> new Cnn1d(List.of(4), 4, 2, List.of(), 0)).getMessage());
        assertEquals("cnn1d: needs at least one convolution",
                assertThrows(ConfigException.class, () -> new Cnn1d(List.of(), 3, 2, List.of(), 0)).getMessage());
        assertEquals(8, new Cnn1d(List.of(4, 4, 4), 3, 2, List.of(), 0).minimumLength());
    }

    @Test
    void theManifestDescriptionRoundTrips() {
        Cnn1d spec = new Cnn1d(List.of(4, 8), 7, 3, List.of(5), 0.25);
        assertEquals(spec, org.rebalance.nn.bundle.NetworkDescription.of(spec).toSpec());
    }
}
