package org.rebalance.core.regression;

import java.util.random.RandomGenerator;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.DenseMatrix;

/**
 * SMOGN, SMOTER with Gaussian noise (P. Branco, L. Torgo, R. P. Ribeiro, "SMOGN: a pre-processing
 * approach for imbalanced regression", LIDTA 2017, PMLR 74, 36–50): the same rare extremes, counts,
 * neighbours and under-sampling as {@link Smoter}, but a synthetic example interpolates only
 * towards a neighbour that is close; otherwise it perturbs its seed.
 *
 * <p>For each synthetic example the seed picks one of its k nearest rare neighbours of the same
 * extreme uniformly. If that neighbour is closer than the seed's safe distance — half the median of
 * the seed's distances to its k rare neighbours, strictly less — the example is SMOTER's
 * interpolation (features on the segment, inverse-distance weighted target). Otherwise it is the
 * seed plus Gaussian noise: feature c gets N(0, (perturbation · sd_c)²) and the target
 * N(0, (perturbation · sd_y)²), with sd_c and sd_y the standard deviations (divisor r, as numpy's
 * {@code std} in the smogn package) over the r rare examples of that extreme.
 *
 * <p>Differences from the smogn Python package (a port of the authors' R code): it takes the median
 * over the distances to every example of the extreme (the seed's own zero included) rather than to
 * the k neighbours, and caps the noise factor at the safe distance, min(perturbation, safe
 * distance), which depends on the units of the features; here the factor is the perturbation as
 * given. Fallbacks (k larger than an extreme, a single rare example) are those of {@link Smoter}.
 *
 * @param k rare neighbours, >= 1 (default 5)
 * @param threshold relevance at or above which a target is rare, in [0, 1] (default 0.5)
 * @param overRatio synthetic examples per rare example, >= 0 (default 1)
 * @param underRatio fraction of normal examples kept, in [0, 1] (default 1)
 * @param perturbation noise scale relative to each standard deviation, >= 0 (default 0.02, the
 *     paper's)
 */
public record Smogn(int k, double threshold, double overRatio, double underRatio, double perturbation)
        implements RegressionSampler {
    /** The paper's noise scale. */
    public static final double DEFAULT_PERTURBATION = 0.02;

    public Smogn {
        Smoter.validate("smogn", k, threshold, overRatio, underRatio);
        if (!(perturbation >= 0) || !Double.isFinite(perturbation)) {
            throw new ConfigException("smogn: perturbation must be finite and >= 0, got " + perturbation);
        }
    }

    /** k = 5, threshold 0.5, overRatio 1, underRatio 1, perturbation 0.02. */
    public Smogn() {
        this(5, Relevance.DEFAULT_THRESHOLD, 1.0, 1.0, DEFAULT_PERTURBATION);
    }

    /**
     * The plan for training features x and targets y; the same generator state gives the same plan.
     *
     * @throws IllegalArgumentException if x and y differ in length, y is empty or not finite
     */
    @Override
    public RegressionResampling plan(DenseMatrix x, double[] y, RandomGenerator rng) {
        Noise noise = new Noise();
        return Smoter.plan(x, y, rng, k, threshold, overRatio, underRatio, (e, seed, random, out, offset) -> {
            int j = random.nextInt(e.k);
            int neighbour = e.neighbours.index(seed, j);
            if (e.neighbours.distance(seed, j) < e.safeDistance(seed)) {
                return Smoter.interpolate(e, seed, neighbour, random.nextDouble(), out, offset);
            }
            return noise.perturb(e, seed, random, out, offset);
        });
    }

    /** Gaussian perturbation of a seed, with the spreads of the current extreme computed once. */
    private final class Noise {
        private Smoter.Extreme extreme;
        private double[] featureSd;
        private double targetSd;

        double perturb(Smoter.Extreme e, int seed, RandomGenerator rng, double[] out, int offset) {
            if (e != extreme) {
                extreme = e;
                featureSd = e.featureSd();
                targetSd = e.targetSd();
            }
            int row = e.rows[seed];
            for (int c = 0; c < featureSd.length; c++) {
                out[offset + c] = e.x.get(row, c) + rng.nextGaussian() * perturbation * featureSd[c];
            }
            return e.y[seed] + rng.nextGaussian() * perturbation * targetSd;
        }
    }
}
