package org.rebalance.nn.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Origin;
import org.rebalance.core.data.Part;
import org.rebalance.core.data.Schema;
import org.rebalance.core.learn.Activation;
import org.rebalance.core.learn.FitResult;
import org.rebalance.core.learn.Mlp;
import org.rebalance.core.metrics.BinaryScores;
import org.rebalance.core.metrics.Evaluation;
import org.rebalance.core.metrics.Metric;
import org.rebalance.core.metrics.MulticlassScores;
import org.rebalance.core.metrics.Threshold;
import org.rebalance.core.util.ProgressListener;
import org.rebalance.core.weight.ClassWeights;
import org.rebalance.nn.batch.InputEncoding;
import org.rebalance.nn.batch.VectorInput;

class NetworkLearnerTest {
    private static final TrainingOptions FAST = TrainingOptions.defaults().withEpochs(15).withPatience(0)
            .withBatchSize(32).withLearningRate(0.01);

    /** Two Gaussian blobs in 2-D, centres (-1.5, 0) and (1.5, 0), unit spread; class 1 is rare. */
    static Dataset<DenseMatrix> blobs(int negatives, int positives, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = negatives + positives;
        double[][] x = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i < negatives ? 0 : 1;
            double centre = y[i] == 0 ? -1.5 : 1.5;
            x[i] = new double[] {centre + gaussian(rng), gaussian(rng)};
        }
        return new Dataset<>(DenseMatrix.of(x, Schema.numbered(2)), new ClassTarget(y, ClassNames.of("0", "1")),
                new Origin("blobs", "", n));
    }

    private static double gaussian(SplittableRandom rng) {
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    @Test
    void learnsSeparableBlobsWithClassWeights() {
        Dataset<DenseMatrix> train = blobs(400, 40, 1);
        Dataset<DenseMatrix> valid = blobs(200, 20, 2);
        NetworkLearner<DenseMatrix> learner = NetworkLearner.forVectors(new Mlp(List.of(16), 0.0, Activation.RELU), FAST);
        ClassWeights weights = new ClassWeights(new double[] {0.55, 5.5});
        FitResult<DenseMatrix> fit = learner.fit(train, valid, weights, 7, ProgressListener.NONE);
        try (var model = fit.model()) {
            BinaryScores s = (BinaryScores) model.score(valid.inputs());
            Evaluation e = Evaluation.of(Part.VALID, valid.classTarget(), s, Threshold.DEFAULT);
            // the Bayes-optimal ROC-AUC for centres 3 SD apart is ~0.98; a working network gets close
            assertTrue(e.get(Metric.ROC_AUC) > 0.95, "ROC-AUC " + e.get(Metric.ROC_AUC));
            assertTrue(e.get(Metric.BALANCED_ACCURACY) > 0.85, "balanced accuracy " + e.get(Metric.BALANCED_ACCURACY));
            assertEquals(15, fit.history().size());
            assertTrue(fit.bestEpoch() >= 1 && fit.bestEpoch() <= 15);
        }
    }

    @Test
    void classBalancedBatchesFindTheMinorityWithoutWeights() {
        Dataset<DenseMatrix> train = blobs(400, 20, 1);
        Dataset<DenseMatrix> valid = blobs(200, 20, 2);
        NetworkLearner<DenseMatrix> learner = NetworkLearner.forVectors(new Mlp(List.of(16), 0.0, Activation.RELU),
                FAST.withBatches(new org.rebalance.core.batch.BatchPolicy.ClassBalanced(
                        org.rebalance.core.batch.BatchPolicy.Replacement.WITH, 0)));
        try (var model = learner.fit(train, valid, ClassWeights.uniform(2), 7, ProgressListener.NONE).model()) {
            BinaryScores s = (BinaryScores) model.score(valid.inputs());
            // balanced draws make the 0.5 threshold sit between the classes: most positives are found
            double sensitivity = Evaluation.of(Part.VALID, valid.classTarget(), s, Threshold.DEFAULT)
                    .get(Metric.SENSITIVITY);
            assertTrue(sensitivity > 0.85, "sensitivity " + sensitivity);
        }
    }

    @Test
    void ldamDefersClassWeightsToItsDrwEpoch() {
        // with the DRW epoch after the last one, class weights never apply: same model as unit weights
        Dataset<DenseMatrix> train = blobs(100, 10, 3);
        Dataset<DenseMatrix> valid = blobs(50, 5, 4);
        TrainingOptions ldam = FAST.withEpochs(3).withLoss(new org.rebalance.core.learn.LossSpec.Ldam(0.5, 1, 4));
        NetworkLearner<DenseMatrix> learner = NetworkLearner.forVectors(new Mlp(List.of(8), 0.0, Activation.RELU), ldam);
        double[] weighted;
        double[] plain;
        try (var m = learner.fit(train, valid, new ClassWeights(new double[] {1, 10}), 5, ProgressListener.NONE)
                .model()) {
            weighted = ((BinaryScores) m.score(valid.inputs())).positive();
        }
        try (var m = learner.fit(train, valid, ClassWeights.uniform(2), 5, ProgressListener.NONE).model()) {
            plain = ((BinaryScores) m.score(valid.inputs())).positive();
        }
        assertArrayEquals(plain, weighted, 1e-7);
        // from epoch 2 on the weights change training
        NetworkLearner<DenseMatrix> early = NetworkLearner.forVectors(new Mlp(List.of(8), 0.0, Activation.RELU),
                ldam.withLoss(new org.rebalance.core.learn.LossSpec.Ldam(0.5, 1, 2)));
        try (var m = early.fit(train, valid, new ClassWeights(new double[] {1, 10}), 5, ProgressListener.NONE)
                .model()) {
            double[] drw = ((BinaryScores) m.score(valid.inputs())).positive();
            org.junit.jupiter.api.Assertions.assertFalse(java.util.Arrays.equals(plain, drw));
        }
    }

    @Test
    void aNonFiniteLossStopsTrainingNamingEpochAndBatch() {
        // features near float32's largest value overflow the first layer: the loss is not a number
        double[][] x = new double[40][];
        int[] y = new int[40];
        for (int i = 0; i < 40; i++) {
            x[i] = new double[] {3e38, -3e38};
            y[i] = i % 4 == 0 ? 1 : 0;
        }
        Dataset<DenseMatrix> data = new Dataset<>(DenseMatrix.of(x, Schema.numbered(2)),
                new ClassTarget(y, ClassNames.of("0", "1")), new Origin("huge", "", 40));
        NetworkLearner<DenseMatrix> learner = NetworkLearner.forVectors(new Mlp(List.of(8), 0.0, Activation.RELU), FAST);
        NonFiniteLossException e = org.junit.jupiter.api.Assertions.assertThrows(NonFiniteLossException.class,
                () -> learner.fit(data, data, ClassWeights.uniform(2), 1, ProgressListener.NONE));
        assertTrue(e.getMessage().matches("loss became (NaN|Infinity) at epoch 1, batch 1; lower the learning rate "
                + "or check the inputs for extreme values"), e.getMessage());
    }

    @Test
    void djlAdamKernelLearnsToo() {
        Dataset<DenseMatrix> train = blobs(400, 40, 1);
        Dataset<DenseMatrix> valid = blobs(200, 20, 2);
        NetworkLearner<DenseMatrix> learner = NetworkLearner.forVectors(new Mlp(List.of(16), 0.0, Activation.RELU),
                FAST.withAdam(AdamKernel.DJL));
        try (var model = learner.fit(train, valid, ClassWeights.uniform(2), 7, ProgressListener.NONE).model()) {
            BinaryScores s = (BinaryScores) model.score(valid.inputs());
            double auc = Evaluation.of(Part.VALID, valid.classTarget(), s, Threshold.DEFAULT).get(Metric.ROC_AUC);
            assertTrue(auc > 0.95, "ROC-AUC " + auc);
        }
    }

    @Test
    void sameSeedGivesTheSameModel() {
        Dataset<DenseMatrix> train = blobs(100, 20, 3);
        Dataset<DenseMatrix> valid = blobs(50, 10, 4);
        NetworkLearner<DenseMatrix> learner = NetworkLearner.forVectors(new Mlp(List.of(8), 0.2, Activation.RELU),
                FAST.withEpochs(3));
        ClassWeights w = ClassWeights.uniform(2);
        double[] first;
        double[] second;
        try (var m = learner.fit(train, valid, w, 11, ProgressListener.NONE).model()) {
            first = ((BinaryScores) m.score(valid.inputs())).positive();
        }
        try (var m = learner.fit(train, valid, w, 11, ProgressListener.NONE).model()) {
            second = ((BinaryScores) m.score(valid.inputs())).positive();
        }
        assertArrayEquals(first, second, 1e-6);
    }

    @Test
    void multiclassScoresAreProbabilities() {
        SplittableRandom rng = new SplittableRandom(5);
        int n = 300;
        double[][] x = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 3;
            x[i] = new double[] {y[i] * 2.0 + gaussian(rng) * 0.5, gaussian(rng)};
        }
        Dataset<DenseMatrix> data = new Dataset<>(DenseMatrix.of(x, Schema.numbered(2)),
                new ClassTarget(y, ClassNames.of("a", "b", "c")), new Origin("three", "", n));
        NetworkLearner<DenseMatrix> learner = NetworkLearner.forVectors(new Mlp(List.of(16), 0.0, Activation.TANH), FAST);
        try (var m = learner.fit(data, data, ClassWeights.uniform(3), 1, ProgressListener.NONE).model()) {
            MulticlassScores s = (MulticlassScores) m.score(data.inputs());
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int c = 0; c < 3; c++) {
                    sum += s.probability(i, c);
                }
                assertEquals(1.0, sum, 1e-6);
            }
            Evaluation e = Evaluation.of(Part.TRAIN, data.classTarget(), s, Threshold.DEFAULT);
            assertTrue(e.get(Metric.ACCURACY) > 0.8, "accuracy " + e.get(Metric.ACCURACY));
        }
    }

    @Test
    void sparseBinaryInputsTrainAndRoundTripThroughSavedParameters() throws IOException {
        // 400 rows of 128 bits (8 % set); every fifth positive, with bits 0-7 planted
        Dataset<DenseMatrix> data = BitVectors.labelled(400, 128, 0.08, 5, i -> new int[] {0, 1, 2, 3, 4, 5, 6, 7}, 9);
        assertTrue(InputEncoding.isSparseBinary(data.inputs()));
        NetworkLearner<DenseMatrix> learner = NetworkLearner.forVectors(new Mlp(List.of(32), 0.0, Activation.RELU),
                FAST.withEpochs(5).withEncoding(InputEncoding.SPARSE_BINARY));
        try (NetworkModel<DenseMatrix> m = (NetworkModel<DenseMatrix>) learner.fit(data, data, ClassWeights.uniform(2), 3,
                ProgressListener.NONE).model()) {
            double[] before = ((BinaryScores) m.score(data.inputs())).positive();
            Evaluation e = Evaluation.of(Part.TRAIN, data.classTarget(), new BinaryScores(before), Threshold.DEFAULT);
            assertTrue(e.get(Metric.ROC_AUC) > 0.99, "ROC-AUC " + e.get(Metric.ROC_AUC));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            m.saveParameters(new DataOutputStream(bytes));
            try (NetworkModel<DenseMatrix> loaded = NetworkModel.load(m.spec(), m.adapter(), 2,
                    new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())))) {
                assertArrayEquals(before, ((BinaryScores) loaded.score(data.inputs())).positive(), 1e-7);
            }
        }
    }

    @Test
    void setBitsTrainTheSameNetworkAsDenseInputsAndAutoPicksThemForSparseBits() {
        // 300 rows of 200 bits (3 % set); every fourth positive, with bit i % 7 planted
        Dataset<DenseMatrix> data = BitVectors.labelled(300, 200, 0.03, 4, i -> new int[] {i % 7}, 4);
        Mlp mlp = new Mlp(List.of(16, 8), 0.2, Activation.RELU);
        double[][] scores = new double[3][];
        InputEncoding[] encodings = {InputEncoding.DENSE, InputEncoding.SPARSE_BINARY, InputEncoding.AUTO};
        for (int k = 0; k < 3; k++) {
            NetworkLearner<DenseMatrix> learner = NetworkLearner.forVectors(mlp, FAST.withEpochs(3).withEncoding(encodings[k]));
            try (NetworkModel<DenseMatrix> m = (NetworkModel<DenseMatrix>) learner.fit(data, data, ClassWeights.uniform(2), 8,
                    ProgressListener.NONE).model()) {
                scores[k] = ((BinaryScores) m.score(data.inputs())).positive();
                InputEncoding expected = encodings[k] == InputEncoding.DENSE ? InputEncoding.DENSE : InputEncoding.SPARSE_BINARY;
                assertEquals(expected, ((VectorInput) m.adapter()).encoding());
            }
        }
        // the same weights up to float rounding (sums taken in another order), dropout masks included
        assertArrayEquals(scores[0], scores[1], 1e-4);
        assertArrayEquals(scores[1], scores[2], 0.0);
    }

    @Test
    void onlyTheMlpTakesSetBits() {
        org.rebalance.core.ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.rebalance.core.ConfigException.class, () -> NetworkLearner.forVectors(
                        new org.rebalance.core.learn.Cnn1d(List.of(4), 3, 2, List.of(6), 0.0),
                        FAST.withEncoding(InputEncoding.SPARSE_BINARY)));
        assertEquals("the cnn1d network reads its inputs as signals; sparse-binary input is for the mlp", e.getMessage());
    }
}
