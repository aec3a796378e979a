package org.rebalance.core.image;

import org.rebalance.core.ConfigException;

/**
 * What {@link ImageAugmentation} does to an augmented example, in this order: a horizontal flip
 * with probability {@code flipProbability}; a rotation by an angle uniform in ±{@code rotationDegrees};
 * a shift by whole pixels uniform in ±{@code maxShift} on each axis; a random crop after zero padding
 * by {@code cropPadding}; Gaussian noise of standard deviation {@code noiseSd} on every value (no
 * clipping). {@code strength} multiplies the magnitudes (degrees, noise sd, and shift and padding,
 * rounded to whole pixels), not the flip probability. A zero magnitude turns its step off.
 * {@code mixupAlpha} > 0 adds mixup (Zhang et al. 2018) after these steps, to every training image: each
 * is blended with another of its batch, lambda ~ Beta(alpha, alpha), and the loss mixes both labels.
 */
public record AugmentSpec(double flipProbability, double rotationDegrees, int maxShift, int cropPadding,
        double noiseSd, double strength, AugmentTargets targets, double mixupAlpha) {
    /** Nothing enabled, strength 1, all examples targeted: start here and add steps with the withers. */
    public static final AugmentSpec NONE = new AugmentSpec(0, 0, 0, 0, 0, 1, AugmentTargets.ALL, 0);

    public AugmentSpec {
        if (!(flipProbability >= 0 && flipProbability <= 1)) {
            throw new ConfigException("flip probability must be in [0, 1], got " + flipProbability);
        }
        if (!(rotationDegrees >= 0 && rotationDegrees <= 180)) {
            throw new ConfigException("rotation must be in [0, 180] degrees, got " + rotationDegrees);
        }
        if (maxShift < 0) {
            throw new ConfigException("shift must be >= 0 pixels, got " + maxShift);
        }
        if (cropPadding < 0) {
            throw new ConfigException("crop padding must be >= 0 pixels, got " + cropPadding);
        }
        if (!(noiseSd >= 0) || Double.isInfinite(noiseSd)) {
            throw new ConfigException("noise sd must be a finite number >= 0, got " + noiseSd);
        }
        if (!(strength >= 0) || Double.isInfinite(strength)) {
            throw new ConfigException("augmentation strength must be a finite number >= 0, got " + strength);
        }
        if (!(mixupAlpha >= 0) || Double.isInfinite(mixupAlpha)) {
            throw new ConfigException("mixup alpha must be a finite number >= 0 (0: off), got " + mixupAlpha);
        }
        if (targets == null) {
            throw new ConfigException("augmentation targets must be given (all, minority-only or by-frequency)");
        }
    }

    public AugmentSpec withFlip(double probability) {
        return new AugmentSpec(probability, rotationDegrees, maxShift, cropPadding, noiseSd, strength, targets, mixupAlpha);
    }

    public AugmentSpec withRotation(double degrees) {
        return new AugmentSpec(flipProbability, degrees, maxShift, cropPadding, noiseSd, strength, targets, mixupAlpha);
    }

    public AugmentSpec withShift(int pixels) {
        return new AugmentSpec(flipProbability, rotationDegrees, pixels, cropPadding, noiseSd, strength, targets, mixupAlpha);
    }

    public AugmentSpec withCrop(int padding) {
        return new AugmentSpec(flipProbability, rotationDegrees, maxShift, padding, noiseSd, strength, targets, mixupAlpha);
    }

    public AugmentSpec withNoise(double sd) {
        return new AugmentSpec(flipProbability, rotationDegrees, maxShift, cropPadding, sd, strength, targets, mixupAlpha);
    }

    public AugmentSpec withStrength(double factor) {
        return new AugmentSpec(flipProbability, rotationDegrees, maxShift, cropPadding, noiseSd, factor, targets, mixupAlpha);
    }

    public AugmentSpec withTargets(AugmentTargets which) {
        return new AugmentSpec(flipProbability, rotationDegrees, maxShift, cropPadding, noiseSd, strength, which, mixupAlpha);
    }

    public AugmentSpec withMixup(double alpha) {
        return new AugmentSpec(flipProbability, rotationDegrees, maxShift, cropPadding, noiseSd, strength, targets, alpha);
    }

    /** Rotation bound after strength, in degrees (at most 180). */
    public double effectiveRotation() {
        return Math.min(180, rotationDegrees * strength);
    }

    /** Shift bound after strength, in whole pixels. */
    public int effectiveShift() {
        return (int) Math.round(maxShift * strength);
    }

    /** Crop padding after strength, in whole pixels. */
    public int effectivePadding() {
        return (int) Math.round(cropPadding * strength);
    }

    /** Noise standard deviation after strength. */
    public double effectiveNoise() {
        return noiseSd * strength;
    }
}
