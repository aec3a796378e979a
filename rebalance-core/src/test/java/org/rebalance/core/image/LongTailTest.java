package org.rebalance.core.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.Origin;

class LongTailTest {
    @Test
    void exponentialProfile() {
        // python3: [math.floor(500 * 100 ** (-i / 9)) for i in range(10)]
        // 500 * 100^(-i/9) = 500, 299.74, 179.69, 107.72, 64.58, 38.71, 23.21, 13.91, 8.34, 5.0
        assertArrayEquals(new int[] {500, 299, 179, 107, 64, 38, 23, 13, 8, 5},
                LongTail.exponentialCounts(500, 10, 100));
        // CIFAR-10-LT of Cao et al. 2019 (5,000 per class, rho 100): 12,406 training images
        int[] cifar = LongTail.exponentialCounts(5000, 10, 100);
        assertArrayEquals(new int[] {5000, 2997, 1796, 1077, 645, 387, 232, 139, 83, 50}, cifar);
        assertEquals(12_406, java.util.Arrays.stream(cifar).sum());
        assertArrayEquals(new int[] {7}, LongTail.exponentialCounts(7, 1, 10));
        assertArrayEquals(new int[] {4, 4, 4}, LongTail.exponentialCounts(4, 3, 1)); // rho 1: balanced
    }

    @Test
    void stepProfile() {
        assertArrayEquals(new int[] {500, 500, 500, 500, 500, 50, 50, 50, 50, 50},
                LongTail.stepCounts(500, 10, 5, 10));
        // 500 / 3 = 166.67 -> 166
        assertArrayEquals(new int[] {500, 500, 500, 166}, LongTail.stepCounts(500, 4, 1, 3));
        assertArrayEquals(new int[] {9, 9}, LongTail.stepCounts(9, 2, 0, 100));
    }

    @Test
    void profilesGiveTheirCountsAndCommandLineNames() {
        assertArrayEquals(LongTail.exponentialCounts(500, 10, 100), LongTail.Profile.EXPONENTIAL.counts(500, 10, 3, 100));
        assertArrayEquals(new int[] {500, 500, 500, 166}, LongTail.Profile.STEP.counts(500, 4, 1, 3));
        assertEquals("exponential", LongTail.Profile.EXPONENTIAL.cliName());
        assertEquals("step", LongTail.Profile.STEP.cliName());
    }

    @Test
    void badParametersAreConfigErrors() {
        assertEquals("the imbalance ratio rho must be a finite number >= 1, got 0.5",
                assertThrows(ConfigException.class, () -> LongTail.exponentialCounts(500, 10, 0.5)).getMessage());
        assertEquals("minority classes must be in [0, 10], got 11",
                assertThrows(ConfigException.class, () -> LongTail.stepCounts(500, 10, 11, 10)).getMessage());
        // 50 * 100^(-8/9) = 0.83: rank 8 is the first to get none
        assertEquals("rank 8 of the long-tail profile would get no examples (head 50, rho 100.0); raise the head"
                + " count or lower rho",
                assertThrows(ConfigException.class, () -> LongTail.exponentialCounts(50, 10, 100)).getMessage());
        assertThrows(ConfigException.class, () -> LongTail.exponentialCounts(0, 10, 10));
    }

    /** 10 classes of 600 one-pixel images each; image r has value r, label r % 10. */
    private static Dataset<ImageSet> balanced() {
        int n = 6000;
        float[] v = new float[n];
        int[] y = new int[n];
        for (int r = 0; r < n; r++) {
            v[r] = r;
            y[r] = r % 10;
        }
        ClassNames names = ClassNames.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        return new Dataset<>(ImageSet.wrap(v, n, 1, 1, 1), new ClassTarget(y, names), new Origin("ten", "", n));
    }

    @Test
    void drawsExactlyTheProfileWithoutReplacementReproducibly() {
        Dataset<ImageSet> d = balanced();
        int[] profile = LongTail.exponentialCounts(500, 10, 100);
        Dataset<ImageSet> a = LongTail.sample(d, profile, new SplittableRandom(42));
        assertArrayEquals(profile, a.classTarget().counts());
        float[] pixels = a.inputs().toFloatArray();
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.classTarget().label(i), (int) pixels[i] % 10, "images follow their labels");
            if (i > 0) {
                assertFalse(pixels[i] <= pixels[i - 1], "rows ascending, none repeated");
            }
        }
        Dataset<ImageSet> again = LongTail.sample(d, profile, new SplittableRandom(42));
        assertArrayEquals(pixels, again.inputs().toFloatArray());
        Dataset<ImageSet> other = LongTail.sample(d, profile, new SplittableRandom(43));
        assertFalse(java.util.Arrays.equals(pixels, other.inputs().toFloatArray()));
    }

    @Test
    void classOrderChoosesTheHead() {
        Dataset<ImageSet> d = balanced();
        int[] profile = LongTail.stepCounts(500, 10, 5, 10);
        int[] order = {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}; // class 9 is the head
        Dataset<ImageSet> s = LongTail.sample(d, profile, order, new SplittableRandom(1));
        assertArrayEquals(new int[] {50, 50, 50, 50, 50, 500, 500, 500, 500, 500}, s.classTarget().counts());
        assertEquals("the class order must be a permutation of 0..9, got [0, 0, 1, 2, 3, 4, 5, 6, 7, 8]",
                assertThrows(ConfigException.class, () -> LongTail.rows(d.classTarget(), profile,
                        new int[] {0, 0, 1, 2, 3, 4, 5, 6, 7, 8}, new SplittableRandom(1))).getMessage());
    }

    @Test
    void tooFewExamplesNameTheClass() {
        Dataset<ImageSet> d = balanced();
        int[] profile = LongTail.exponentialCounts(700, 10, 10);
        assertEquals("class \"0\": asked for 700 rows but it has 600",
                assertThrows(ConfigException.class, () -> LongTail.sample(d, profile, new SplittableRandom(1)))
                        .getMessage());
        assertThrows(ConfigException.class, () -> LongTail.sample(d, new int[] {1, 2}, new SplittableRandom(1)));
    }
}
