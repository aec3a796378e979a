package org.rebalance.nn.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.Origin;
import org.rebalance.core.data.Part;
import org.rebalance.core.image.AugmentSpec;
import org.rebalance.core.image.ImageAugmentation;
import org.rebalance.core.image.ImageSet;
import org.rebalance.core.learn.Activation;
import org.rebalance.core.learn.Cnn1d;
import org.rebalance.core.learn.Cnn2d;
import org.rebalance.core.learn.FitResult;
import org.rebalance.core.learn.Mlp;
import org.rebalance.core.metrics.BinaryScores;
import org.rebalance.core.metrics.Evaluation;
import org.rebalance.core.metrics.Metric;
import org.rebalance.core.metrics.Threshold;
import org.rebalance.core.util.ProgressListener;
import org.rebalance.core.weight.ClassWeights;
import org.rebalance.nn.batch.ImageInput;
import org.rebalance.nn.batch.InputEncoding;

/** The 2-D CNN learns a small image task, with and without training-time augmentation. */
class ImageLearnerTest {
    private static final TrainingOptions FAST = TrainingOptions.defaults().withEpochs(12).withPatience(0)
            .withBatchSize(32).withLearningRate(0.01);
    private static final Cnn2d PLAIN = new Cnn2d(List.of(8), 3, 2, Cnn2d.Stage.PLAIN, List.of(8), 0.0);
    private static final Cnn2d RESIDUAL = new Cnn2d(List.of(8), 3, 2, Cnn2d.Stage.RESIDUAL, List.of(8), 0.0);
    private static final Dataset<ImageSet> TRAIN = bars(200, 1);
    private static final Dataset<ImageSet> VALID = bars(100, 2);

    /**
     * 8 x 8 one-channel images: class 0 has a bright vertical bar (value 1) in a random column, class 1
     * a horizontal bar in a random row, and every pixel has Gaussian noise of sd 0.3. Classes alternate.
     */
    static Dataset<ImageSet> bars(int perClass, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 2 * perClass;
        float[] v = new float[n * 64];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            int line = rng.nextInt(8);
            for (int r = 0; r < 8; r++) {
                for (int c = 0; c < 8; c++) {
                    boolean bar = y[i] == 0 ? c == line : r == line;
                    double noise = Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
                    v[i * 64 + r * 8 + c] = (float) ((bar ? 1 : 0) + 0.3 * noise);
                }
            }
        }
        return new Dataset<>(ImageSet.wrap(v, n, 1, 8, 8), new ClassTarget(y, ClassNames.of("vertical", "horizontal")),
                new Origin("bars", "", n));
    }

    private static ImageAugmentation augmentation(AugmentSpec spec) {
        return new ImageAugmentation(spec, TRAIN.classTarget().counts());
    }

    private static FitResult<ImageSet> fit(Cnn2d spec, ImageAugmentation augmentation, long seed) {
        return NetworkLearner.forImages(spec, FAST, augmentation).fit(TRAIN, VALID, ClassWeights.uniform(2), seed,
                ProgressListener.NONE);
    }

    private static double balancedAccuracy(NetworkModel<ImageSet> model) {
        BinaryScores s = (BinaryScores) model.score(VALID.inputs());
        return Evaluation.of(Part.VALID, VALID.classTarget(), s, Threshold.DEFAULT).get(Metric.BALANCED_ACCURACY);
    }

    private static double[] positives(NetworkModel<ImageSet> model, ImageSet x) {
        return ((BinaryScores) model.score(x)).positive();
    }

    @Test
    void plainAndResidualStagesTellVerticalFromHorizontalBars() {
        for (Cnn2d spec : List.of(PLAIN, RESIDUAL)) {
            try (var model = (NetworkModel<ImageSet>) fit(spec, null, 3).model()) {
                // one 3 x 3 filter per orientation separates the classes; noise sd 0.3 barely hides a bar
                double ba = balancedAccuracy(model);
                assertTrue(ba > 0.9, spec.stage() + ": balanced accuracy " + ba);
            }
        }
    }

    @Test
    void flipsAndShiftsKeepTheBarsLearnable() {
        // a horizontal flip or a one-pixel shift keeps a bar's orientation, so the task is unchanged
        ImageAugmentation flipShift = augmentation(AugmentSpec.NONE.withFlip(0.5).withShift(1));
        try (var model = (NetworkModel<ImageSet>) fit(PLAIN, flipShift, 3).model()) {
            double ba = balancedAccuracy(model);
            assertTrue(ba > 0.9, "balanced accuracy " + ba);
        }
    }

    @Test
    void trainingBatchesAreAugmentedAndValidationImagesAreNot() {
        // noise of sd 20 drowns the bars in the training batches: the network cannot learn them, so the
        // augmentation really reaches the training steps (validation images stay clean either way)
        ImageAugmentation drown = augmentation(AugmentSpec.NONE.withNoise(20));
        try (var model = (NetworkModel<ImageSet>) fit(PLAIN, drown, 3).model()) {
            double ba = balancedAccuracy(model);
            assertTrue(ba < 0.75, "balanced accuracy " + ba);
        }
    }

    @Test
    void theSameSeedGivesTheSameScores() {
        ImageAugmentation flipShift = augmentation(AugmentSpec.NONE.withFlip(0.5).withShift(1).withNoise(0.1));
        double[] a;
        double[] b;
        double[] c;
        try (var model = (NetworkModel<ImageSet>) fit(RESIDUAL, flipShift, 5).model()) {
            a = positives(model, VALID.inputs());
        }
        try (var model = (NetworkModel<ImageSet>) fit(RESIDUAL, flipShift, 5).model()) {
            b = positives(model, VALID.inputs());
        }
        try (var model = (NetworkModel<ImageSet>) fit(RESIDUAL, flipShift, 6).model()) {
            c = positives(model, VALID.inputs());
        }
        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, c), "another seed, other draws");
    }

    @Test
    void scoringNeverAugments() throws IOException {
        ImageAugmentation heavy = augmentation(AugmentSpec.NONE.withFlip(0.5).withShift(2).withNoise(1));
        try (var model = (NetworkModel<ImageSet>) fit(RESIDUAL, heavy, 7).model()) {
            double[] first = positives(model, VALID.inputs());
            double[] second = positives(model, VALID.inputs());
            assertArrayEquals(first, second);
            // image by image as in one batch
            ImageSet three = VALID.inputs().select(new int[] {5, 0, 17});
            assertArrayEquals(new double[] {first[5], first[0], first[17]}, positives(model, three), 1e-6);
            // and as a model that never heard of the augmentation, with the same parameters
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            model.saveParameters(new DataOutputStream(bytes));
            try (var plain = NetworkModel.load(RESIDUAL, ImageInput.of(VALID.inputs()), 2,
                    new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())))) {
                assertArrayEquals(first, positives(plain, VALID.inputs()));
            }
        }
    }

    @Test
    void networksAndInputsThatDoNotMatchAreRefused() {
        assertEquals("the cnn2d network takes images, not feature vectors",
                assertThrows(ConfigException.class, () -> NetworkLearner.forVectors(PLAIN, FAST)).getMessage());
        assertEquals("the cnn2d network takes images, not graphs",
                assertThrows(ConfigException.class, () -> NetworkLearner.graphInput(PLAIN, null)).getMessage());
        assertEquals("the mlp network does not take images; use cnn2d", assertThrows(ConfigException.class,
                () -> NetworkLearner.forImages(new Mlp(List.of(4), 0, Activation.RELU), FAST, null)).getMessage());
        assertEquals("the cnn1d network does not take images; use cnn2d", assertThrows(ConfigException.class,
                () -> NetworkLearner.forImages(Cnn1d.defaults(), FAST, null)).getMessage());
        assertEquals("images are fed dense; sparse-binary input is for 0/1 feature vectors",
                assertThrows(ConfigException.class, () -> NetworkLearner.forImages(PLAIN,
                        FAST.withEncoding(InputEncoding.SPARSE_BINARY), null)).getMessage());
        Cnn2d threeStages = new Cnn2d(List.of(4, 4, 4), 3, 2, Cnn2d.Stage.PLAIN, List.of(), 0);
        assertEquals("cnn2d: 3 pooling steps by 2 need images of at least 8 x 8, got 8 x 6",
                assertThrows(ConfigException.class, () -> NetworkLearner.forImages(threeStages, FAST, null).fit(
                        cropped(TRAIN), cropped(VALID), ClassWeights.uniform(2), 1, ProgressListener.NONE)).getMessage());
    }

    /** The images with their two rightmost columns cut off (8 x 6). */
    private static Dataset<ImageSet> cropped(Dataset<ImageSet> d) {
        ImageSet x = d.inputs();
        float[] v = new float[x.size() * 48];
        for (int i = 0; i < x.size(); i++) {
            for (int r = 0; r < 8; r++) {
                for (int c = 0; c < 6; c++) {
                    v[i * 48 + r * 6 + c] = x.get(i, 0, r, c);
                }
            }
        }
        return new Dataset<>(ImageSet.wrap(v, x.size(), 1, 8, 6), d.target(), d.origin());
    }
}
