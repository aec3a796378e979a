package org.rebalance.nn.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.image.AugmentSpec;
import org.rebalance.core.image.ImageAugmentation;
import org.rebalance.core.image.ImageSet;
import org.rebalance.core.learn.Cnn2d;
import org.rebalance.core.learn.LossSpec;
import org.rebalance.core.metrics.BinaryScores;
import org.rebalance.core.util.ProgressListener;
import org.rebalance.core.weight.ClassWeights;

/** Data-parallel replicas take the steps one network would take on the whole batch. */
class ReplicasTest {
    private static final Cnn2d PLAIN = new Cnn2d(List.of(8), 3, 2, Cnn2d.Stage.PLAIN, List.of(8), 0.0);
    private static final Dataset<ImageSet> TRAIN = ImageLearnerTest.bars(100, 1);
    private static final Dataset<ImageSet> VALID = ImageLearnerTest.bars(50, 2);
    private static final TrainingOptions OPTIONS = TrainingOptions.defaults().withEpochs(6).withPatience(0)
            .withBatchSize(32).withLearningRate(0.01);

    private static double[] scores(TrainingOptions options, AugmentSpec augment) {
        ImageAugmentation augmentation = new ImageAugmentation(augment, TRAIN.classTarget().counts());
        var fit = NetworkLearner.forImages(PLAIN, options, augmentation).fit(TRAIN, VALID, ClassWeights.uniform(2), 3,
                ProgressListener.NONE);
        try (var model = (NetworkModel<ImageSet>) fit.model()) {
            return ((BinaryScores) model.score(VALID.inputs())).positive();
        }
    }

    @Test
    void twoReplicasTrainAsOneNetworkOnTheWholeBatch() {
        // 200 images in batches of 32 (the last of 8): halves of 16 (4) combine into the whole batch's mean
        // gradient, so after 42 Adam steps the scores agree up to float rounding
        double[] one = scores(OPTIONS, AugmentSpec.NONE);
        double[] two = scores(OPTIONS.withReplicas(2), AugmentSpec.NONE);
        double[] three = scores(OPTIONS.withReplicas(3), AugmentSpec.NONE);
        double largest = 0;
        for (int i = 0; i < one.length; i++) {
            assertEquals(one[i], two[i], 2e-4, "image " + i);
            assertEquals(one[i], three[i], 2e-4, "image " + i);
            largest = Math.max(largest, Math.abs(one[i] - 0.5));
        }
        assertTrue(largest > 0.1, "the network has learnt something: " + largest);
    }

    @Test
    void replicasGiveTheSameResultForTheSameSeedWithAugmentation() {
        AugmentSpec flips = AugmentSpec.NONE.withFlip(0.5).withNoise(0.1);
        assertArrayEquals(scores(OPTIONS.withReplicas(2), flips), scores(OPTIONS.withReplicas(2), flips));
    }

    @Test
    void ladeNeedsTheWholeBatch() {
        TrainingOptions lade = OPTIONS.withReplicas(2).withLoss(new LossSpec.Lade(0.1, 0.1, null));
        ConfigException e = assertThrows(ConfigException.class, () -> scores(lade, AugmentSpec.NONE));
        assertTrue(e.getMessage().startsWith("lade's regulariser takes statistics of the whole batch"), e.getMessage());
        assertThrows(ConfigException.class, () -> OPTIONS.withReplicas(0));
        assertThrows(ConfigException.class, () -> OPTIONS.withReplicas(33));
    }

    @Test
    void aLastBatchShorterThanTheReplicasLeavesSomeIdle() {
        // 200 images in batches of 33: the last batch holds 2 images for 3 replicas (slices of 0, 1 and 1)
        TrainingOptions odd = OPTIONS.withBatchSize(33);
        double[] one = scores(odd, AugmentSpec.NONE);
        double[] three = scores(odd.withReplicas(3), AugmentSpec.NONE);
        for (int i = 0; i < one.length; i++) {
            assertEquals(one[i], three[i], 2e-4, "image " + i);
        }
    }

    @Test
    void replicasOfASetBitMlpTrainAsOneNetwork() {
        // the first layer's weight gradient is added outside autograd in each replica (DeferredBackward);
        // it must be complete before the replicas' gradients are combined
        int n = 160;
        Dataset<org.rebalance.core.data.DenseMatrix> data = BitVectors.labelled(n, 120, 0.04, 3, i -> new int[] {i % 5}, 5);
        org.rebalance.core.learn.Mlp mlp = new org.rebalance.core.learn.Mlp(List.of(16), 0.0,
                org.rebalance.core.learn.Activation.RELU);
        TrainingOptions bits = OPTIONS.withEncoding(org.rebalance.nn.batch.InputEncoding.SPARSE_BINARY);
        double[][] scores = new double[2][];
        for (int r = 1; r <= 2; r++) {
            var fit = NetworkLearner.forVectors(mlp, bits.withReplicas(r)).fit(data, data, ClassWeights.uniform(2), 3,
                    ProgressListener.NONE);
            try (var model = (NetworkModel<org.rebalance.core.data.DenseMatrix>) fit.model()) {
                scores[r - 1] = ((BinaryScores) model.score(data.inputs())).positive();
            }
        }
        double largest = 0;
        for (int i = 0; i < n; i++) {
            assertEquals(scores[0][i], scores[1][i], 2e-4, "row " + i);
            largest = Math.max(largest, Math.abs(scores[0][i] - 0.5));
        }
        assertTrue(largest > 0.1, "the network has learnt something: " + largest);
    }
}
