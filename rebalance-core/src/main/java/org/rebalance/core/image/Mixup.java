package org.rebalance.core.image;

import java.util.random.RandomGenerator;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.rebalance.core.ConfigException;

/**
 * Mixup (Zhang et al., ICLR 2018): each image of a batch is mixed with a partner from a random
 * permutation of the same batch, {@code lambda * a + (1 - lambda) * b} with lambda ~ Beta(alpha, alpha)
 * drawn per example; the caller mixes the losses of the two labels with the same weight.
 */
public final class Mixup {
    /**
     * A mixed batch: image i is {@code lambda[i]} parts an example of {@code labelA[i]} and
     * {@code 1 - lambda[i]} parts one of {@code labelB[i]}, the batch's image at position {@code partner[i]}.
     */
    public record Batch(float[] images, int[] labelA, int[] labelB, double[] lambda, int[] partner) {
    }

    private final double alpha;
    private final BetaDistribution beta;

    public Mixup(double alpha) {
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new ConfigException("mixup alpha must be a finite number > 0, got " + alpha);
        }
        this.alpha = alpha;
        this.beta = BetaDistribution.of(alpha, alpha);
    }

    public double alpha() {
        return alpha;
    }

    /** One draw of lambda ~ Beta(alpha, alpha), by the inverse CDF of one uniform draw; in [0, 1]. */
    public double sampleLambda(RandomGenerator rng) {
        return beta.inverseCumulativeProbability(rng.nextDouble());
    }

    /**
     * Mixes a batch of {@code labels.length} images of {@code pixelsPerImage} values each (the batch is
     * unchanged). Draws a permutation (Fisher–Yates), then one lambda per image.
     */
    public Batch mix(float[] batch, int[] labels, int pixelsPerImage, RandomGenerator rng) {
        int n = labels.length;
        if ((long) n * pixelsPerImage != batch.length) {
            throw new IllegalArgumentException(n + " images of " + pixelsPerImage + " values need "
                    + (long) n * pixelsPerImage + " values, the batch has " + batch.length);
        }
        int[] partner = new int[n];
        for (int i = 0; i < n; i++) {
            partner[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = partner[i];
            partner[i] = partner[j];
            partner[j] = t;
        }
        float[] out = new float[batch.length];
        int[] labelB = new int[n];
        double[] lambda = new double[n];
        for (int i = 0; i < n; i++) {
            lambda[i] = sampleLambda(rng);
            labelB[i] = labels[partner[i]];
            mixInto(batch, i * pixelsPerImage, batch, partner[i] * pixelsPerImage, out, i * pixelsPerImage,
                    pixelsPerImage, lambda[i]);
        }
        return new Batch(out, labels.clone(), labelB, lambda, partner);
    }

    /** Writes {@code lambda * a + (1 - lambda) * b} for {@code length} values into {@code out}. */
    public static void mixInto(float[] a, int aOffset, float[] b, int bOffset, float[] out, int outOffset, int length,
            double lambda) {
        for (int k = 0; k < length; k++) {
            out[outOffset + k] = (float) (lambda * a[aOffset + k] + (1 - lambda) * b[bOffset + k]);
        }
    }
}
