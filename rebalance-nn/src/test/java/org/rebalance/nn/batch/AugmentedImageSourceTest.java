package org.rebalance.nn.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.image.AugmentSpec;
import org.rebalance.core.image.AugmentTargets;
import org.rebalance.core.image.ImageAugmentation;
import org.rebalance.core.image.ImageOps;
import org.rebalance.core.image.ImageSet;
import org.rebalance.nn.engine.Engines;

class AugmentedImageSourceTest {
    private static final ImageSet IMAGES = ImageInputTest.numbered(4);
    private static final ClassTarget LABELS = new ClassTarget(new int[] {0, 0, 0, 1}, ClassNames.of("a", "b"));

    private static float[] batch(AugmentedImageSource source, int[] rows, int from, int to) {
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            NDArray b = source.batch(rows, from, to, m).singletonOrThrow();
            assertArrayEquals(new long[] {to - from, 2, 3, 4}, b.getShape().getShape());
            return b.toFloatArray();
        }
    }

    @Test
    void aCertainFlipMirrorsEveryImageOfTheBatch() {
        ImageAugmentation flip = new ImageAugmentation(AugmentSpec.NONE.withFlip(1), new int[] {3, 1});
        AugmentedImageSource source = new AugmentedImageSource(IMAGES, LABELS, flip, new SplittableRandom(1));
        float[] got = batch(source, new int[] {2, 3, 1}, 0, 2);
        float[] expected = new float[48];
        IMAGES.copyImage(2, expected, 0);
        IMAGES.copyImage(3, expected, 24);
        ImageOps.flipHorizontal(expected, 0, 2, 3, 4);
        ImageOps.flipHorizontal(expected, 24, 2, 3, 4);
        assertArrayEquals(expected, got);
        assertEquals(203f, got[0]); // row 0 of image 2 read right to left: 203, 202, 201, 200
    }

    @Test
    void eachBatchDrawsAnewFromTheSourcesGenerator() {
        ImageAugmentation noise = new ImageAugmentation(AugmentSpec.NONE.withNoise(0.5).withShift(1),
                new int[] {3, 1});
        AugmentedImageSource source = new AugmentedImageSource(IMAGES, LABELS, noise, new SplittableRandom(7));
        int[] rows = {0, 1, 2, 3};
        float[] first = batch(source, rows, 0, 4);
        float[] second = batch(source, rows, 0, 4);
        assertFalse(Arrays.equals(first, second), "the same rows get fresh draws");
        // the same generator seed replays both batches exactly
        SplittableRandom replay = new SplittableRandom(7);
        int[] labels = {0, 0, 0, 1};
        for (float[] got : new float[][] {first, second}) {
            float[] expected = IMAGES.toFloatArray();
            noise.augmentInPlace(expected, labels, 2, 3, 4, replay);
            assertArrayEquals(expected, got);
        }
    }

    @Test
    void minorityOnlyLeavesMajorityImagesAsTheyAre() {
        ClassTarget labels = new ClassTarget(new int[] {0, 0, 1, 2}, ClassNames.of("a", "b", "c"));
        ImageAugmentation noise = new ImageAugmentation(
                AugmentSpec.NONE.withNoise(1).withTargets(AugmentTargets.MINORITY_ONLY), new int[] {10, 10, 1});
        float[] got = batch(new AugmentedImageSource(IMAGES, labels, noise, new SplittableRandom(3)),
                new int[] {0, 1, 2, 3}, 0, 4);
        float[] original = IMAGES.toFloatArray();
        // the median count is 10: only class c (image 3) is a minority
        assertArrayEquals(Arrays.copyOfRange(original, 0, 72), Arrays.copyOfRange(got, 0, 72));
        assertFalse(Arrays.equals(Arrays.copyOfRange(original, 72, 96), Arrays.copyOfRange(got, 72, 96)));
    }

    @Test
    void anAugmentationForOtherClassesIsRefused() {
        ImageAugmentation three = new ImageAugmentation(AugmentSpec.NONE.withFlip(1), new int[] {3, 1, 1});
        assertEquals("the augmentation was set up for 3 classes, the training set has 2",
                assertThrows(ConfigException.class,
                        () -> new AugmentedImageSource(IMAGES, LABELS, three, new SplittableRandom(1))).getMessage());
    }
}
