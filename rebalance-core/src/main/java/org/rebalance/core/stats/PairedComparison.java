package org.rebalance.core.stats;

import org.apache.commons.statistics.inference.TTest;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;

/**
 * A strategy against the baseline over the same repeats (same seeds, same splits): the mean
 * difference, the two-sided p-values of the paired Wilcoxon signed-rank test and the paired t-test
 * (Apache Commons Statistics; exact Wilcoxon p-values for small samples), and the Wilcoxon p-value
 * after Holm's correction across all comparisons of one table.
 */
public record PairedComparison(String strategy, String baseline, int n, double meanDifference, double wilcoxonP,
        double tTestP, double holmWilcoxonP) {

    /** Compares paired values (a[i] and b[i] from the same repeat); p-values are NaN for fewer than 2 pairs. */
    public static PairedComparison of(String strategy, double[] values, String baseline, double[] baselineValues) {
        if (values.length != baselineValues.length) {
            throw new IllegalArgumentException(values.length + " values against " + baselineValues.length);
        }
        int n = values.length;
        double diff = 0;
        boolean allEqual = true;
        for (int i = 0; i < n; i++) {
            diff += values[i] - baselineValues[i];
            allEqual &= values[i] == baselineValues[i];
        }
        diff = n == 0 ? Double.NaN : diff / n;
        double w = Double.NaN;
        double t = Double.NaN;
        if (n >= 2 && allEqual) {
            w = 1;
            t = 1;
        } else if (n >= 2) {
            w = WilcoxonSignedRankTest.withDefaults().test(values, baselineValues).getPValue();
            t = TTest.withDefaults().pairedTest(values, baselineValues).getPValue();
        }
        return new PairedComparison(strategy, baseline, n, diff, w, t, w);
    }

    /** This comparison with its Holm-adjusted Wilcoxon p-value. */
    public PairedComparison withHolm(double adjusted) {
        return new PairedComparison(strategy, baseline, n, meanDifference, wilcoxonP, tTestP, adjusted);
    }
}
