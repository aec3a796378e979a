package org.rebalance.core.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;

class ImageAugmentationTest {
    private static final AugmentSpec EVERYTHING = AugmentSpec.NONE.withFlip(0.5).withRotation(15).withShift(2)
            .withCrop(2).withNoise(0.1);

    private static float[] randomBatch(int n, int per, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] b = new float[n * per];
        for (int i = 0; i < b.length; i++) {
            b[i] = (float) rng.nextDouble();
        }
        return b;
    }

    private static float[] image(float[] batch, int i, int per) {
        return Arrays.copyOfRange(batch, i * per, (i + 1) * per);
    }

    @Test
    void flipWithProbabilityOneMirrors() {
        float[] batch = {1, 2, 3, 4, 5, 6};
        new ImageAugmentation(AugmentSpec.NONE.withFlip(1), new int[] {1}).augmentInPlace(batch, new int[] {0}, 1, 2,
                3, new SplittableRandom(1));
        assertArrayEquals(new float[] {3, 2, 1, 6, 5, 4}, batch);
    }

    @Test
    void shiftOrCropKeepsTheSizeAndGivesAShiftedCopy() {
        int c = 2;
        int h = 5;
        int w = 6;
        int per = c * h * w;
        float[] original = randomBatch(20, per, 3);
        for (AugmentSpec spec : new AugmentSpec[] {AugmentSpec.NONE.withCrop(2), AugmentSpec.NONE.withShift(2)}) {
            float[] batch = original.clone();
            new ImageAugmentation(spec, new int[] {20}).augmentInPlace(batch, new int[20], c, h, w,
                    new SplittableRandom(4));
            assertEquals(original.length, batch.length);
            int moved = 0;
            for (int i = 0; i < 20; i++) {
                float[] got = image(batch, i, per);
                boolean found = false;
                for (int dx = -2; dx <= 2 && !found; dx++) {
                    for (int dy = -2; dy <= 2 && !found; dy++) {
                        float[] expected = new float[per];
                        ImageOps.shift(original, i * per, expected, 0, c, h, w, dx, dy);
                        found = Arrays.equals(expected, got);
                    }
                }
                assertTrue(found, spec + ": image " + i + " is a shift of at most 2 pixels");
                moved += Arrays.equals(got, image(original, i, per)) ? 0 : 1;
            }
            assertTrue(moved >= 15, "1 in 25 offsets keeps the image; " + moved + " of 20 moved");
        }
    }

    @Test
    void noiseHasTheAskedStandardDeviation() {
        int side = 200;
        for (double strength : new double[] {1, 2}) {
            float[] batch = new float[side * side];
            new ImageAugmentation(AugmentSpec.NONE.withNoise(0.5).withStrength(strength), new int[] {1})
                    .augmentInPlace(batch, new int[] {0}, 1, side, side, new SplittableRandom(7));
            double sum = 0;
            double sq = 0;
            for (float v : batch) {
                sum += v;
                sq += v * v;
            }
            double mean = sum / batch.length;
            double sd = Math.sqrt(sq / batch.length - mean * mean);
            // 40,000 draws: the sample sd is within about 0.002 * strength of 0.5 * strength
            assertEquals(0, mean, 0.01 * strength);
            assertEquals(0.5 * strength, sd, 0.01 * strength);
        }
    }

    @Test
    void minorityOnlyNeverTouchesMajorityImages() {
        int[] counts = {100, 100, 10, 5}; // median 55: classes 2 and 3 are minority
        ImageAugmentation aug = new ImageAugmentation(EVERYTHING.withTargets(AugmentTargets.MINORITY_ONLY), counts);
        assertArrayEquals(new double[] {0, 0, 1, 1},
                new double[] {aug.probability(0), aug.probability(1), aug.probability(2), aug.probability(3)});
        assertEquals(4, aug.classCount());
        int per = 3 * 8 * 8;
        int[] labels = {0, 1, 2, 3, 0, 3, 1, 2};
        float[] original = randomBatch(labels.length, per, 11);
        float[] batch = original.clone();
        aug.augmentInPlace(batch, labels, 3, 8, 8, new SplittableRandom(5));
        for (int i = 0; i < labels.length; i++) {
            boolean same = Arrays.equals(image(original, i, per), image(batch, i, per));
            assertEquals(labels[i] < 2, same, "image " + i + " of class " + labels[i]);
        }
    }

    @Test
    void byFrequencyAugmentsRareClassesMoreOften() {
        int[] counts = {100, 50, 0};
        ImageAugmentation aug = new ImageAugmentation(AugmentSpec.NONE.withNoise(1)
                .withTargets(AugmentTargets.BY_FREQUENCY), counts);
        // 1 - count / 100
        assertEquals(0.0, aug.probability(0));
        assertEquals(0.5, aug.probability(1));
        assertEquals(1.0, aug.probability(2));
        int n = 3000;
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3;
        }
        float[] batch = new float[n * 4];
        aug.augmentInPlace(batch, labels, 1, 2, 2, new SplittableRandom(9));
        int[] changed = new int[3];
        for (int i = 0; i < n; i++) {
            changed[labels[i]] += Arrays.equals(image(batch, i, 4), new float[4]) ? 0 : 1;
        }
        assertEquals(0, changed[0]);
        assertEquals(500, changed[1], 60); // 1,000 draws at 0.5: sd 16
        assertEquals(1000, changed[2]);
    }

    @Test
    void sameSeedSameOutput() {
        ImageAugmentation aug = new ImageAugmentation(EVERYTHING, new int[] {10, 10});
        int[] labels = {0, 1, 1, 0};
        float[] original = randomBatch(4, 3 * 6 * 6, 2);
        float[] a = original.clone();
        float[] b = original.clone();
        float[] other = original.clone();
        aug.augmentInPlace(a, labels, 3, 6, 6, new SplittableRandom(21));
        aug.augmentInPlace(b, labels, 3, 6, 6, new SplittableRandom(21));
        aug.augmentInPlace(other, labels, 3, 6, 6, new SplittableRandom(22));
        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, other));
        assertFalse(Arrays.equals(a, original));
    }

    @Test
    void strengthScalesTheMagnitudes() {
        AugmentSpec spec = AugmentSpec.NONE.withRotation(10).withShift(3).withCrop(4).withNoise(0.2)
                .withStrength(0.5);
        assertEquals(5.0, spec.effectiveRotation());
        assertEquals(2, spec.effectiveShift()); // round(1.5)
        assertEquals(2, spec.effectivePadding());
        assertEquals(0.1, spec.effectiveNoise(), 1e-15);
        float[] batch = randomBatch(2, 16, 1);
        float[] before = batch.clone();
        new ImageAugmentation(EVERYTHING.withStrength(0).withFlip(0), new int[] {1}).augmentInPlace(batch,
                new int[] {0, 0}, 1, 4, 4, new SplittableRandom(1));
        assertArrayEquals(before, batch, "strength 0 turns every magnitude off");
    }

    @Test
    void badSettingsAreConfigErrors() {
        assertEquals("flip probability must be in [0, 1], got 1.5",
                assertThrows(ConfigException.class, () -> AugmentSpec.NONE.withFlip(1.5)).getMessage());
        assertThrows(ConfigException.class, () -> AugmentSpec.NONE.withShift(-1));
        assertThrows(ConfigException.class, () -> AugmentSpec.NONE.withNoise(Double.NaN));
        assertThrows(ConfigException.class, () -> new ImageAugmentation(AugmentSpec.NONE, new int[] {0, 0}));
        ImageAugmentation aug = new ImageAugmentation(AugmentSpec.NONE, new int[] {3});
        assertThrows(IllegalArgumentException.class, () -> aug.augmentInPlace(new float[4], new int[] {1}, 1, 2, 2,
                new SplittableRandom(1)));
        assertThrows(IllegalArgumentException.class, () -> aug.augmentInPlace(new float[5], new int[] {0}, 1, 2, 2,
                new SplittableRandom(1)));
    }

    @org.junit.jupiter.api.Test
    void uncoveredPixelsTakeTheBackgroundValue() {
        // a 1 x 3 x 3 image on a background of -0.5 (a normalised black) with a bright centre of 2
        float[] image = {-0.5f, -0.5f, -0.5f, -0.5f, 2f, -0.5f, -0.5f, -0.5f, -0.5f};
        AugmentSpec shiftOnly = AugmentSpec.NONE.withShift(1);
        ImageAugmentation a = new ImageAugmentation(shiftOnly, new int[] {1}, new float[] {-0.5f});
        for (long seed = 0; seed < 20; seed++) {
            float[] batch = image.clone();
            a.augmentInPlace(batch, new int[] {0}, 1, 3, 3, new java.util.SplittableRandom(seed));
            int bright = 0;
            for (float v : batch) {
                // every value is either the moved centre or the background: no 0 border appears
                org.junit.jupiter.api.Assertions.assertTrue(v == 2f || v == -0.5f, "value " + v);
                bright += v == 2f ? 1 : 0;
            }
            org.junit.jupiter.api.Assertions.assertEquals(1, bright, "a shift by at most 1 keeps the centre in view");
        }
        // without a background the uncovered border would be 0
        float[] batch = image.clone();
        new ImageAugmentation(shiftOnly, new int[] {1}).augmentInPlace(batch, new int[] {0}, 1, 3, 3,
                new java.util.SplittableRandom(3));
        boolean zero = false;
        for (float v : batch) {
            zero |= v == 0f;
        }
        org.junit.jupiter.api.Assertions.assertTrue(zero || java.util.Arrays.equals(batch, image),
                "a zero border, unless the draw was no shift at all");
    }
}
