package org.rebalance.core.regression;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.rebalance.core.ConfigException;

/**
 * DenseWeight (M. Steininger, K. Kobs, P. Davidson, A. Krause, A. Hotho, "Density-based weighting
 * for imbalanced regression", Machine Learning 110, 2187–2211, 2021): a loss weight per training
 * sample that falls with the density of its target, so rare targets count more.
 *
 * <ol>
 *   <li>p = Gaussian kernel density estimate of the training targets, bandwidth by Silverman's rule
 *       of thumb: h = sd · (n (d + 2) / 4)^(-1 / (d + 4)) = sd · (3n / 4)^(-1/5) for d = 1, with sd
 *       the sample standard deviation (divisor n - 1) — scipy's
 *       {@code gaussian_kde(y, bw_method='silverman')}. p is evaluated exactly at every target (the
 *       authors' package approximates it on a grid).
 *   <li>p' = (p - min p) / (max p - min p), min and max over the training targets, so p' is in
 *       [0, 1].
 *   <li>w = max(1 - α p', ε), then divided by the mean of w so the weights have mean 1.
 * </ol>
 *
 * <p>α = 0 gives all ones; α = 1 gives the most common target weight ε before rescaling. With fewer
 * than two distinct targets every target is equally common (p' = 1 for all) and the weights are 1.
 *
 * @param alpha how strongly density lowers the weight, >= 0 (the paper uses values up to about 2)
 * @param epsilon the smallest weight before rescaling, > 0 (default 1e-6 as the paper)
 */
public record DenseWeight(double alpha, double epsilon) {
    /** The paper's ε. */
    public static final double DEFAULT_EPSILON = 1e-6;

    public DenseWeight {
        if (!(alpha >= 0) || !Double.isFinite(alpha)) {
            throw new ConfigException("denseweight: alpha must be finite and >= 0, got " + alpha);
        }
        if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
            throw new ConfigException("denseweight: epsilon must be finite and > 0, got " + epsilon);
        }
    }

    /** The given α with ε = 1e-6. */
    public DenseWeight(double alpha) {
        this(alpha, DEFAULT_EPSILON);
    }

    /**
     * The weight of each training sample, positive, with mean 1.
     *
     * @throws IllegalArgumentException if there are no targets or one is not finite
     */
    public double[] weights(double[] trainTargets) {
        double[] p = Density.of(trainTargets).normalised(trainTargets);
        double[] w = new double[p.length];
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.max(1 - alpha * p[i], epsilon);
            sum += w[i];
        }
        double mean = sum / w.length;
        for (int i = 0; i < w.length; i++) {
            w[i] /= mean;
        }
        return w;
    }

    /**
     * The Gaussian KDE of a set of targets with Silverman's bandwidth, min-max normalised over those
     * targets (shared with {@link Relevance}). Terms further than 40 bandwidths from a query are
     * skipped: exp(-800) is 0 in double precision, so the sums are exact.
     */
    static final class Density {
        private static final double CUTOFF = 40;

        /** Distinct training targets, ascending, and how often each occurs. */
        private final double[] values;
        private final int[] counts;
        private final int n;
        private final double bandwidth;
        private final double min;
        private final double max;

        private Density(double[] values, int[] counts, int n, double bandwidth) {
            this.values = values;
            this.counts = counts;
            this.n = n;
            this.bandwidth = bandwidth;
            if (bandwidth > 0) {
                double[] atValues = rawAt(values);
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (double v : atValues) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
                min = lo;
                max = hi;
            } else {
                min = 0;
                max = 0;
            }
        }

        static Density of(double[] y) {
            if (y.length == 0) {
                throw new IllegalArgumentException("no targets to estimate a density from");
            }
            double sum = 0;
            for (int i = 0; i < y.length; i++) {
                if (!Double.isFinite(y[i])) {
                    throw new IllegalArgumentException("target " + i + " is " + y[i] + "; targets must be finite");
                }
                sum += y[i];
            }
            double[] sorted = y.clone();
            Arrays.sort(sorted);
            int distinct = 0;
            double[] values = new double[sorted.length];
            int[] counts = new int[sorted.length];
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    values[distinct++] = sorted[i];
                }
                counts[distinct - 1]++;
            }
            double bandwidth = 0;
            if (distinct > 1) {
                double mean = sum / y.length;
                double ss = 0;
                for (double v : y) {
                    ss += (v - mean) * (v - mean);
                }
                double sd = Math.sqrt(ss / (y.length - 1));
                bandwidth = sd * Math.pow(y.length * 3.0 / 4.0, -1.0 / 5.0);
            }
            return new Density(Arrays.copyOf(values, distinct), Arrays.copyOf(counts, distinct), y.length, bandwidth);
        }

        /** Silverman's bandwidth (0 when there are fewer than two distinct targets). */
        double bandwidth() {
            return bandwidth;
        }

        /** The KDE at each query (requires a positive bandwidth); each distinct query is evaluated once. */
        double[] rawAt(double[] queries) {
            double[] sorted = queries.clone();
            Arrays.sort(sorted);
            int u = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || Double.compare(sorted[i], sorted[i - 1]) != 0) {
                    sorted[u++] = sorted[i];
                }
            }
            double[] distinct = Arrays.copyOf(sorted, u);
            double[] at = new double[u];
            IntStream.range(0, u).parallel().forEach(i -> at[i] = rawAt(distinct[i]));
            double[] out = new double[queries.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = at[Arrays.binarySearch(distinct, queries[i])];
            }
            return out;
        }

        private double rawAt(double q) {
            int from = lowerBound(q - CUTOFF * bandwidth);
            double s = 0;
            for (int j = from; j < values.length && values[j] <= q + CUTOFF * bandwidth; j++) {
                double z = (q - values[j]) / bandwidth;
                s += counts[j] * Math.exp(-0.5 * z * z);
            }
            return s / (n * bandwidth * Math.sqrt(2 * Math.PI));
        }

        private int lowerBound(double v) {
            int i = Arrays.binarySearch(values, v);
            if (i < 0) {
                return -i - 1;
            }
            while (i > 0 && values[i - 1] == v) {
                i--;
            }
            return i;
        }

        /**
         * p'(q) = (p(q) - min) / (max - min), clamped to [0, 1]; 1 for every query when all training
         * targets are equally common (fewer than two distinct targets, or a flat density over them).
         */
        double[] normalised(double[] queries) {
            double[] out = new double[queries.length];
            if (!(bandwidth > 0) || !(max > min)) {
                Arrays.fill(out, 1.0);
                return out;
            }
            double[] p = rawAt(queries);
            for (int i = 0; i < out.length; i++) {
                out[i] = Math.min(1.0, Math.max(0.0, (p[i] - min) / (max - min)));
            }
            return out;
        }
    }
}
