package org.rebalance.core.stats;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.FDistribution;

/**
 * The Friedman test of k strategies over N data sets (Friedman 1937, as recommended for comparing
 * classifiers across data sets by Demšar, JMLR 7, 2006), with the Nemenyi critical difference.
 * Strategies are ranked within each data set (1 = best, ties get their average rank); the statistic
 * is the tie-corrected chi-square of scipy's {@code friedmanchisquare}, and Iman and Davenport's F
 * form is given too. Distributions from Commons Statistics.
 *
 * @param averageRanks each strategy's mean rank over the data sets (1 = best)
 * @param chiSquare the tie-corrected Friedman statistic
 * @param chiSquareP its p-value on k - 1 degrees of freedom
 * @param imanDavenportF the F statistic (N - 1) chi / (N (k - 1) - chi)
 * @param imanDavenportP its p-value on k - 1 and (k - 1)(N - 1) degrees of freedom (NaN when undefined)
 * @param criticalDifference Nemenyi's critical difference of average ranks at alpha 0.05, or NaN for more
 *     than ten strategies
 * @param datasets N
 */
public record Friedman(double[] averageRanks, double chiSquare, double chiSquareP, double imanDavenportF,
        double imanDavenportP, double criticalDifference, int datasets) {

    /** Nemenyi's q at alpha 0.05 for k = 2..10 (Demšar 2006, table 5a: studentized range / sqrt 2). */
    private static final double[] Q05 = {Double.NaN, Double.NaN, 1.960, 2.343, 2.569, 2.728, 2.850, 2.949, 3.031,
        3.102, 3.164};

    /**
     * The test on a table of scores, one row per data set and one column per strategy.
     *
     * @param higherIsBetter whether larger scores rank first
     */
    public static Friedman of(double[][] scores, boolean higherIsBetter) {
        int n = scores.length;
        if (n < 2) {
            throw new IllegalArgumentException("the Friedman test needs at least 2 data sets, got " + n);
        }
        int k = scores[0].length;
        if (k < 2) {
            throw new IllegalArgumentException("the Friedman test needs at least 2 strategies, got " + k);
        }
        double[] rankSums = new double[k];
        double ties = 0;
        for (double[] row : scores) {
            if (row.length != k) {
                throw new IllegalArgumentException("every data set needs " + k + " scores");
            }
            double[] ranks = ranks(row, higherIsBetter);
            for (int j = 0; j < k; j++) {
                rankSums[j] += ranks[j];
            }
            ties += tieTerm(row);
        }
        double sumSquares = 0;
        double[] average = new double[k];
        for (int j = 0; j < k; j++) {
            sumSquares += rankSums[j] * rankSums[j];
            average[j] = rankSums[j] / n;
        }
        double chi = 12.0 / (n * k * (k + 1.0)) * sumSquares - 3.0 * n * (k + 1);
        double correction = 1 - ties / (n * k * ((double) k * k - 1));
        chi = correction > 0 ? chi / correction : 0;
        double p = ChiSquaredDistribution.of(k - 1).survivalProbability(chi);
        double denominator = n * (k - 1.0) - chi;
        double f = denominator > 0 ? (n - 1) * chi / denominator : Double.NaN;
        double fp = Double.isNaN(f) ? Double.NaN
                : FDistribution.of(k - 1, (k - 1.0) * (n - 1)).survivalProbability(f);
        double cd = k < Q05.length ? Q05[k] * Math.sqrt(k * (k + 1.0) / (6.0 * n)) : Double.NaN;
        return new Friedman(average, chi, p, f, fp, cd, n);
    }

    /** Ranks 1..k of one row (1 = best), ties sharing their average rank. */
    static double[] ranks(double[] row, boolean higherIsBetter) {
        int k = row.length;
        Integer[] order = new Integer[k];
        for (int j = 0; j < k; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (a, b) -> higherIsBetter ? Double.compare(row[b], row[a]) : Double.compare(row[a], row[b]));
        double[] ranks = new double[k];
        int i = 0;
        while (i < k) {
            int j = i;
            while (j + 1 < k && row[order[j + 1]] == row[order[i]]) {
                j++;
            }
            double shared = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                ranks[order[t]] = shared;
            }
            i = j + 1;
        }
        return ranks;
    }

    /** Sum of t^3 - t over the groups of tied values in a row. */
    private static double tieTerm(double[] row) {
        double[] sorted = row.clone();
        Arrays.sort(sorted);
        double term = 0;
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) {
                j++;
            }
            double t = j - i + 1;
            term += t * t * t - t;
            i = j + 1;
        }
        return term;
    }

    /** Whether strategies a and b differ by more than the critical difference of average ranks. */
    public boolean differ(int a, int b) {
        return Math.abs(averageRanks[a] - averageRanks[b]) > criticalDifference;
    }
}
