package org.rebalance.nn.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.image.AugmentSpec;
import org.rebalance.core.image.ImageAugmentation;
import org.rebalance.core.image.ImageSet;
import org.rebalance.core.image.Mixup;
import org.rebalance.core.learn.Cnn2d;
import org.rebalance.core.learn.FitResult;
import org.rebalance.core.metrics.BinaryScores;
import org.rebalance.core.util.ProgressListener;
import org.rebalance.core.weight.ClassWeights;
import org.rebalance.nn.engine.Engines;
import org.rebalance.nn.loss.CrossEntropyLoss;

/** Mixup in training: the loss mixes both labels, and networks trained with it still learn. */
class MixupTrainingTest {
    @Test
    void theMixedLossIsTheLambdaWeightedMeanOfBothLabelsLosses() {
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            // logits [0, 2], labels [1, 0], unit weights; example 0 mixed with example 1 (lambda 0.25),
            // example 1 with example 0 (lambda 1). Binary cross-entropy l(z, y) = max(z, 0) - z y + log(1 + e^-|z|):
            // example 0: 0.25 l(0, 1) + 0.75 l(0, 0) = log 2 = 0.6931471805599453
            // example 1: 1 * l(2, 0) + 0 * l(2, 1) = 2 + log(1 + e^-2) = 2.1269280110429727
            NDArray logits = m.create(new float[] {0f, 2f});
            NDArray labels = m.create(new float[] {1f, 0f});
            NDArray weights = m.create(new float[] {1f, 1f});
            Mixup.Batch mix = new Mixup.Batch(new float[0], new int[] {1, 0}, new int[] {0, 1}, new double[] {0.25, 1.0},
                    new int[] {1, 0});
            NDArray loss = NetworkLearner.mixedLoss(new CrossEntropyLoss(), logits, labels, weights, mix, labels, weights,
                    new int[] {0, 1}, 0, m);
            assertEquals((0.6931471805599453 + 2.1269280110429727) / 2, loss.getFloat(), 1e-6);
        }
    }

    @Test
    void mixupReachesTrainingAndBarsStayLearnable() {
        Dataset<ImageSet> train = ImageLearnerTest.bars(200, 1);
        Dataset<ImageSet> valid = ImageLearnerTest.bars(100, 2);
        Cnn2d net = new Cnn2d(List.of(8), 3, 2, Cnn2d.Stage.PLAIN, List.of(8), 0.0);
        TrainingOptions options = TrainingOptions.defaults().withEpochs(12).withPatience(0).withBatchSize(32)
                .withLearningRate(0.01);
        ImageAugmentation mixup = new ImageAugmentation(AugmentSpec.NONE.withMixup(0.4), train.classTarget().counts());
        double[] plain = positives(NetworkLearner.forImages(net, options, null).fit(train, valid, ClassWeights.uniform(2),
                3, ProgressListener.NONE), valid);
        double[] mixed = positives(NetworkLearner.forImages(net, options, mixup).fit(train, valid,
                ClassWeights.uniform(2), 3, ProgressListener.NONE), valid);
        assertFalse(java.util.Arrays.equals(plain, mixed), "mixup must change the training");
        int right = 0;
        for (int i = 0; i < mixed.length; i++) {
            right += (mixed[i] >= 0.5) == (valid.classTarget().label(i) == 1) ? 1 : 0;
        }
        assertTrue(right > 0.9 * mixed.length, right + " of " + mixed.length + " right");
    }

    private static double[] positives(FitResult<ImageSet> fit, Dataset<ImageSet> valid) {
        try (var model = fit.model()) {
            return ((BinaryScores) model.score(valid.inputs())).positive();
        }
    }
}
