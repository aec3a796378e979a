package org.rebalance.core.stats;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Mean, sample standard deviation and a bootstrap 95 % confidence interval of the mean (percentile
 * method: the 2.5th and 97.5th percentiles of the means of {@code resamples} resamples drawn with
 * replacement) of one metric over repeats. One value gives SD NaN and a zero-width interval.
 */
public record Summary(int n, double mean, double sd, double ciLow, double ciHigh) {
    public static Summary of(double[] values, RandomGenerator rng, int resamples) {
        int n = values.length;
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = mean(values);
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
        double[] means = new double[resamples];
        double[] draw = new double[n];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < n; i++) {
                draw[i] = values[rng.nextInt(n)];
            }
            means[b] = mean(draw);
        }
        Arrays.sort(means);
        return new Summary(n, mean, sd, percentile(means, 0.025), percentile(means, 0.975));
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Linear interpolation between order statistics (numpy's default). */
    static double percentile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
