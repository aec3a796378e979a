package org.rebalance.core.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;

class ImageNormalizerTest {
    @Test
    void fitsPerChannelOnTrainingAndAppliesAnywhere() {
        // two images of 2 channels x 1 x 2: channel 0 holds 0, 2 | 4, 6; channel 1 is constant 5
        ImageSet train = ImageSet.wrap(new float[] {0, 2, 5, 5, 4, 6, 5, 5}, 2, 2, 1, 2);
        ImageNormalizer n = ImageNormalizer.fit(train);
        // channel 0: mean 3, population variance (9 + 1 + 1 + 9) / 4 = 5; channel 1: constant -> std 1
        assertArrayEquals(new double[] {3, 5}, n.mean(), 1e-12);
        assertArrayEquals(new double[] {Math.sqrt(5), 1}, n.std(), 1e-12);

        ImageSet test = ImageSet.wrap(new float[] {3, 8, 5, 7}, 1, 2, 1, 2);
        ImageSet out = n.apply(test);
        // (3 - 3) / sqrt 5 = 0, (8 - 3) / sqrt 5 = 2.2360680, (5 - 5) / 1 = 0, (7 - 5) / 1 = 2
        assertArrayEquals(new float[] {0f, 2.236068f, 0f, 2f}, out.toFloatArray(), 1e-6f);
        assertArrayEquals(new float[] {3, 8, 5, 7}, test.toFloatArray(), "the input is unchanged");
        assertEquals(0f, n.apply(train).get(0, 1, 0, 0));
    }

    @Test
    void normalisedTrainingChannelsHaveMeanZeroAndUnitSd() {
        float[] v = new float[3 * 3 * 4 * 4];
        java.util.SplittableRandom rng = new java.util.SplittableRandom(5);
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (rng.nextDouble() * 10);
        }
        ImageSet train = ImageSet.wrap(v, 3, 3, 4, 4);
        ImageNormalizer refit = ImageNormalizer.fit(ImageNormalizer.fit(train).apply(train));
        assertArrayEquals(new double[] {0, 0, 0}, refit.mean(), 1e-6);
        assertArrayEquals(new double[] {1, 1, 1}, refit.std(), 1e-6);
    }

    @Test
    void givenConstantsAndBadInput() {
        ImageNormalizer mnist = ImageNormalizer.of(new double[] {0.1307}, new double[] {0.3081});
        // (1 - 0.1307) / 0.3081 = 0.8693 / 0.3081 = 2.8214865
        assertEquals(2.8214865f, mnist.apply(ImageSet.wrap(new float[] {1}, 1, 1, 1, 1)).get(0, 0, 0, 0), 1e-6f);
        assertThrows(ConfigException.class, () -> ImageNormalizer.of(new double[] {0}, new double[] {0}));
        assertThrows(ConfigException.class, () -> ImageNormalizer.fit(ImageSet.wrap(new float[0], 0, 1, 2, 2)));
        assertThrows(IllegalArgumentException.class, () -> mnist.apply(ImageSet.wrap(new float[3], 1, 3, 1, 1)));
    }
}
