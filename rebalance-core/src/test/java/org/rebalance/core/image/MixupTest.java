package org.rebalance.core.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;

class MixupTest {
    @Test
    void mixIntoIsTheConvexCombination() {
        float[] out = new float[3];
        // 0.25 * (1, 2) + 0.75 * (3, 5) = (0.25 + 2.25, 0.5 + 3.75) = (2.5, 4.25)
        Mixup.mixInto(new float[] {1, 2}, 0, new float[] {9, 3, 5}, 1, out, 1, 2, 0.25);
        assertArrayEquals(new float[] {0, 2.5f, 4.25f}, out);
    }

    @Test
    void eachMixedImageIsLambdaAPlusOneMinusLambdaB() {
        int n = 16;
        int per = 5;
        SplittableRandom fill = new SplittableRandom(3);
        float[] batch = new float[n * per];
        for (int i = 0; i < batch.length; i++) {
            batch[i] = (float) fill.nextDouble();
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i; // distinct labels name each image's partner
        }
        float[] before = batch.clone();
        Mixup.Batch m = new Mixup(0.4).mix(batch, labels, per, new SplittableRandom(8));
        assertArrayEquals(before, batch, "the input batch is unchanged");
        assertArrayEquals(labels, m.labelA());
        int[] partners = m.labelB().clone();
        Arrays.sort(partners);
        assertArrayEquals(labels, partners, "partners are a permutation of the batch");
        for (int i = 0; i < n; i++) {
            double lambda = m.lambda()[i];
            assertTrue(lambda >= 0 && lambda <= 1, "lambda " + lambda);
            int j = m.labelB()[i];
            for (int k = 0; k < per; k++) {
                float expected = (float) (lambda * before[i * per + k] + (1 - lambda) * before[j * per + k]);
                assertEquals(expected, m.images()[i * per + k]);
            }
        }
        Mixup.Batch again = new Mixup(0.4).mix(batch, labels, per, new SplittableRandom(8));
        assertArrayEquals(m.images(), again.images());
        assertArrayEquals(m.lambda(), again.lambda());
    }

    @Test
    void lambdaFollowsBetaAlphaAlpha() {
        // Beta(a, a) has mean 1/2 and variance 1 / (4 (2a + 1)): 1/12 = 0.0833 for a = 1, 0.1786 for a = 0.2
        for (double alpha : new double[] {1, 0.2}) {
            Mixup mixup = new Mixup(alpha);
            SplittableRandom rng = new SplittableRandom(13);
            int n = 20_000;
            double sum = 0;
            double sq = 0;
            for (int i = 0; i < n; i++) {
                double l = mixup.sampleLambda(rng);
                assertTrue(l >= 0 && l <= 1);
                sum += l;
                sq += l * l;
            }
            double mean = sum / n;
            assertEquals(0.5, mean, 0.01);
            assertEquals(1 / (4 * (2 * alpha + 1)), sq / n - mean * mean, 0.005);
        }
        assertThrows(ConfigException.class, () -> new Mixup(0));
    }
}
