package org.rebalance.core.image;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.rebalance.core.ConfigException;

/**
 * On-the-fly augmentation of a training batch, drawn anew for every batch from the caller's random
 * generator (same generator state, same result). Which examples are augmented depends on
 * {@link AugmentSpec#targets()} and the training count of their class; an example that is not
 * augmented is left exactly as it was. Immutable and thread-safe (each call uses its own scratch).
 */
public final class ImageAugmentation {
    private final AugmentSpec spec;
    private final double[] probability;
    private final float[] background;

    /**
     * @param trainClassCounts the number of training examples of each class, indexed by class
     */
    public ImageAugmentation(AugmentSpec spec, int[] trainClassCounts) {
        this(spec, trainClassCounts, null);
    }

    /**
     * As {@link #ImageAugmentation(AugmentSpec, int[])}, with the value per channel that pixels uncovered by a
     * rotation, shift or crop take (null: 0). Normalised images need it: their black is not 0 but
     * {@code -mean / sd}; the geometric steps then act on {@code x - background} and add it back.
     */
    public ImageAugmentation(AugmentSpec spec, int[] trainClassCounts, float[] background) {
        if (trainClassCounts.length == 0) {
            throw new ConfigException("augmentation needs the training count of at least one class");
        }
        int max = 0;
        for (int c = 0; c < trainClassCounts.length; c++) {
            if (trainClassCounts[c] < 0) {
                throw new ConfigException("class " + c + ": a training count must be >= 0, got " + trainClassCounts[c]);
            }
            max = Math.max(max, trainClassCounts[c]);
        }
        if (max == 0) {
            throw new ConfigException("augmentation needs a class with training examples, all counts are 0");
        }
        this.spec = spec;
        this.background = background == null ? null : background.clone();
        this.probability = new double[trainClassCounts.length];
        double median = median(trainClassCounts);
        for (int c = 0; c < probability.length; c++) {
            probability[c] = switch (spec.targets()) {
                case ALL -> 1.0;
                case MINORITY_ONLY -> trainClassCounts[c] < median ? 1.0 : 0.0;
                case BY_FREQUENCY -> 1.0 - trainClassCounts[c] / (double) max;
            };
        }
    }

    public AugmentSpec spec() {
        return spec;
    }

    /** The number of classes this augmentation was set up for (the length of the training counts). */
    public int classCount() {
        return probability.length;
    }

    /** The probability that an example of class c is augmented (1 or 0 unless targets are by frequency). */
    public double probability(int c) {
        return probability[c];
    }

    /**
     * Augments a batch of {@code labels.length} images of {@code c × h × w} (NCHW) in place. Per
     * image the random draws are: the by-frequency decision (only for {@code BY_FREQUENCY}), then
     * for an augmented image flip, angle, shift (dx, dy), crop corner (top, left) and noise, each only
     * when its step is on.
     */
    public void augmentInPlace(float[] batch, int[] labels, int c, int h, int w, RandomGenerator rng) {
        int per = c * h * w;
        if ((long) labels.length * per != batch.length) {
            throw new IllegalArgumentException(labels.length + " images of " + c + " x " + h + " x " + w + " need "
                    + (long) labels.length * per + " values, the batch has " + batch.length);
        }
        double degrees = spec.effectiveRotation();
        int shift = spec.effectiveShift();
        int pad = spec.effectivePadding();
        double sd = spec.effectiveNoise();
        float[] scratch = new float[per];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= probability.length) {
                throw new IllegalArgumentException("label " + labels[i] + " of image " + i + " is outside [0, "
                        + probability.length + ")");
            }
            double p = probability[labels[i]];
            boolean augment = spec.targets() == AugmentTargets.BY_FREQUENCY ? rng.nextDouble() < p : p > 0;
            if (!augment) {
                continue;
            }
            int off = i * per;
            shiftValues(batch, off, c, h * w, -1);
            if (spec.flipProbability() > 0 && rng.nextDouble() < spec.flipProbability()) {
                ImageOps.flipHorizontal(batch, off, c, h, w);
            }
            if (degrees > 0) {
                double angle = (2 * rng.nextDouble() - 1) * degrees;
                ImageOps.rotate(batch, off, scratch, 0, c, h, w, angle);
                System.arraycopy(scratch, 0, batch, off, per);
            }
            if (shift > 0) {
                int dx = rng.nextInt(-shift, shift + 1);
                int dy = rng.nextInt(-shift, shift + 1);
                ImageOps.shift(batch, off, scratch, 0, c, h, w, dx, dy);
                System.arraycopy(scratch, 0, batch, off, per);
            }
            if (pad > 0) {
                int top = rng.nextInt(2 * pad + 1);
                int left = rng.nextInt(2 * pad + 1);
                ImageOps.padCrop(batch, off, scratch, 0, c, h, w, pad, top, left);
                System.arraycopy(scratch, 0, batch, off, per);
            }
            shiftValues(batch, off, c, h * w, 1);
            if (sd > 0) {
                for (int k = off; k < off + per; k++) {
                    batch[k] += (float) (sd * rng.nextGaussian());
                }
            }
        }
    }

    private static double median(int[] counts) {
        int[] s = counts.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + (double) s[m]) / 2;
    }

    /** Adds {@code sign * background[channel]} to every value of one image (nothing without a background). */
    private void shiftValues(float[] batch, int offset, int c, int plane, int sign) {
        if (background == null) {
            return;
        }
        if (background.length != c) {
            throw new IllegalArgumentException("a background of " + background.length + " channels for images of " + c);
        }
        for (int ch = 0; ch < c; ch++) {
            float b = sign * background[ch];
            for (int k = offset + ch * plane; k < offset + (ch + 1) * plane; k++) {
                batch[k] += b;
            }
        }
    }
}
