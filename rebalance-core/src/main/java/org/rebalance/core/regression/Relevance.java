package org.rebalance.core.regression;

import org.rebalance.core.ConfigException;

/**
 * The relevance φ(y) in [0, 1] of a regression target: how rare, and so how much worth
 * over-sampling, a target value is. {@link Smoter} and {@link Smogn} call the examples with
 * φ(y) >= threshold rare.
 *
 * <p>Here φ is density-based: φ(y) = 1 - p'(y), with p' the min-max normalised Gaussian KDE of the
 * training targets of {@link DenseWeight} (Silverman bandwidth; p' = 0 at the least common training
 * target, 1 at the most common). Branco, Torgo and Ribeiro (SMOGN, 2017; and the UBL / smogn
 * packages) instead interpolate φ with a PCHIP spline through box-plot control points — 0 at the
 * median, 1 at the adjacent values (whisker ends) — so only the tails are rare; the density-based φ
 * needs no such shape assumption and also marks rare targets between modes. Queries outside the
 * training data are clamped: a density below (above) every training target's gives φ = 1 (0).
 *
 * <p>{@link #DEFAULT_THRESHOLD} is 0.5, the default of UBL's {@code SmoteRegress} and of the smogn
 * package: for a normal distribution, φ >= 0.5 holds where the density is below about half its
 * peak, |y - mean| > 1.18 sd, about a quarter of the data — close to what the box-plot relevance
 * marks rare at 0.5 (beyond about 1.35 sd), whereas 0.8 would leave only the outer 7%.
 *
 * <p>With fewer than two distinct training targets every target is equally common: φ = 0
 * everywhere, so nothing is rare at a positive threshold.
 */
public final class Relevance {
    /** Rare means φ(y) >= 0.5 unless a caller says otherwise. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private final DenseWeight.Density density;

    private Relevance(DenseWeight.Density density) {
        this.density = density;
    }

    /**
     * The relevance function of these training targets.
     *
     * @throws IllegalArgumentException if y is empty or holds a value that is not finite
     */
    public static Relevance fromTargets(double[] y) {
        return new Relevance(DenseWeight.Density.of(y));
    }

    /** φ(y) = 1 - p'(y), in [0, 1]. */
    public double of(double y) {
        return of(new double[] {y})[0];
    }

    /** φ of each value. */
    public double[] of(double[] y) {
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("target " + i + " is " + y[i] + "; targets must be finite");
            }
        }
        double[] p = density.normalised(y);
        double[] phi = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            phi[i] = 1.0 - p[i];
        }
        return phi;
    }

    /**
     * Whether each value is rare: φ(y) >= threshold.
     *
     * @throws ConfigException if threshold is not in [0, 1]
     */
    public boolean[] rare(double[] y, double threshold) {
        requireThreshold(threshold, "relevance");
        double[] phi = of(y);
        boolean[] out = new boolean[phi.length];
        for (int i = 0; i < phi.length; i++) {
            out[i] = phi[i] >= threshold;
        }
        return out;
    }

    /** Rare at {@link #DEFAULT_THRESHOLD}. */
    public boolean[] rare(double[] y) {
        return rare(y, DEFAULT_THRESHOLD);
    }

    static void requireThreshold(double threshold, String who) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new ConfigException(who + ": relevance threshold must be in [0, 1], got " + threshold);
        }
    }
}
