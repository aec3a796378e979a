package org.rebalance.nn.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.RegressionTarget;
import org.rebalance.core.learn.Cnn1d;
import org.rebalance.core.learn.Gcn;
import org.rebalance.core.learn.RegressionLoss;
import org.rebalance.core.regression.MeanBaseline;
import org.rebalance.core.regression.RegressionMetrics;
import org.rebalance.core.regression.SignalGenerator;
import org.rebalance.core.regression.TargetLaw;
import org.rebalance.core.util.ProgressListener;

/** Regression training: the 1-D CNN learns the spread of signals, far better than the mean baseline. */
class RegressionLearnerTest {
    private static final Cnn1d SMALL = new Cnn1d(List.of(8), 3, 2, List.of(8), 0.0);
    private static final RegressionOptions FAST = RegressionOptions.defaults().withEpochs(20).withPatience(0)
            .withLearningRate(0.01).withBatchSize(32);

    private static Dataset<DenseMatrix> signals(int n, long seed) {
        return new SignalGenerator(32, 0.1).generate(n, TargetLaw.parse("uniform(1,10)"), new SplittableRandom(seed));
    }

    private static double[] y(Dataset<?> d) {
        return ((RegressionTarget) d.target()).values();
    }

    private static double[] fitAndPredict(RegressionOptions options, double[] weights, long seed) {
        Dataset<DenseMatrix> train = signals(400, 1);
        Dataset<DenseMatrix> test = signals(200, 3);
        RegressionFit<DenseMatrix> fit = new RegressionLearner(SMALL, options).fit(train, signals(100, 2), weights, seed,
                ProgressListener.NONE);
        try (var model = fit.model()) {
            return model.predict(test.inputs());
        }
    }

    @Test
    void learnsTheSpreadOfSignals() {
        double[] truth = y(signals(200, 3));
        RegressionMetrics net = RegressionMetrics.of(truth, fitAndPredict(FAST, null, 5));
        RegressionMetrics base = RegressionMetrics.of(truth, MeanBaseline.fit(y(signals(400, 1))).predict(truth.length));
        // the mean baseline's MSE is the variance of U(1, 10), about 6.75; the spread of 32 values pins sigma
        // down to about 1/sqrt(64) = 12 %, so a working network reaches R^2 well above 0.8
        assertTrue(base.mse() > 5, "baseline MSE " + base.mse());
        assertTrue(net.r2() > 0.8, "R^2 " + net.r2());
        assertTrue(net.mse() < base.mse() / 4, "MSE " + net.mse() + " against " + base.mse());
    }

    @Test
    void sameSeedSamePredictionsAndEveryLossTrains() {
        assertArrayEquals(fitAndPredict(FAST.withEpochs(3), null, 7), fitAndPredict(FAST.withEpochs(3), null, 7));
        double[] truth = y(signals(200, 3));
        for (RegressionLoss loss : RegressionLoss.values()) {
            double r2 = RegressionMetrics.of(truth, fitAndPredict(FAST.withLoss(loss).withBalancedBins(5), null, 5)).r2();
            assertTrue(r2 > 0.7, loss + " with balanced batches: R^2 " + r2);
        }
    }

    @Test
    void exampleWeightsChangeTheFit() {
        double[] ones = new double[400];
        java.util.Arrays.fill(ones, 1);
        // unit weights are the unweighted loss exactly
        assertArrayEquals(fitAndPredict(FAST.withEpochs(2), null, 7), fitAndPredict(FAST.withEpochs(2), ones, 7));
        double[] skewed = ones.clone();
        for (int i = 0; i < 200; i++) {
            skewed[i] = 1.9;
            skewed[i + 200] = 0.1;
        }
        double[] a = fitAndPredict(FAST.withEpochs(2), null, 7);
        double[] b = fitAndPredict(FAST.withEpochs(2), skewed, 7);
        assertTrue(!java.util.Arrays.equals(a, b), "weights must reach the loss");
    }

    @Test
    void badInputsAreRefusedClearly() {
        assertEquals("regression takes feature vectors: use mlp or cnn1d, not gcn",
                assertThrows(ConfigException.class, () -> new RegressionLearner(Gcn.defaults(), FAST)).getMessage());
        RegressionLearner deep = new RegressionLearner(new Cnn1d(List.of(4, 4, 4, 4, 4, 4), 3, 2, List.of(), 0), FAST);
        assertEquals("cnn1d: signals of length 32 are too short for 6 pooling steps of 2 (need >= 64)",
                assertThrows(ConfigException.class, () -> deep.fit(signals(10, 1), signals(10, 2), null, 1,
                        ProgressListener.NONE)).getMessage());
        // class labels are not regression targets
        assertEquals("data set spreads has class labels, not regression targets",
                assertThrows(ConfigException.class, () -> new RegressionLearner(SMALL, FAST).fit(
                        SignalNetworkTest.spreads(5, 1), SignalNetworkTest.spreads(5, 2), null, 1,
                        ProgressListener.NONE)).getMessage());
        assertEquals("balanced batches need at least 2 target bins (0: shuffled), got 1",
                assertThrows(ConfigException.class, () -> FAST.withBalancedBins(1)).getMessage());
    }

    @Test
    void anMlpOnFingerprintBitsRegressesFromTheirSetBits() {
        // y = number of set bits among the first 4 of 60 (3 % of the rest set): the set-bit layer learns it
        SplittableRandom rng = new SplittableRandom(6);
        int n = 300;
        double[][] x = new double[n][60];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 60; c++) {
                x[i][c] = rng.nextDouble() < (c < 4 ? 0.3 : 0.02) ? 1 : 0;
            }
            y[i] = x[i][0] + x[i][1] + x[i][2] + x[i][3];
        }
        Dataset<DenseMatrix> data = new Dataset<>(DenseMatrix.of(x, org.rebalance.core.data.Schema.numbered(60)),
                new RegressionTarget(y), new org.rebalance.core.data.Origin("bits", "", n));
        org.rebalance.core.learn.Mlp mlp = new org.rebalance.core.learn.Mlp(List.of(16), 0.0,
                org.rebalance.core.learn.Activation.RELU);
        RegressionFit<DenseMatrix> fit = new RegressionLearner(mlp, FAST).fit(data, data, null, 2, ProgressListener.NONE);
        try (var model = fit.model()) {
            assertEquals(org.rebalance.nn.batch.InputEncoding.SPARSE_BINARY,
                    ((org.rebalance.nn.batch.VectorInput) model.network().adapter()).encoding());
            RegressionMetrics m = RegressionMetrics.of(y, model.predict(data.inputs()));
            assertTrue(m.r2() > 0.9, "R^2 " + m.r2());
        }
    }
}
