package org.rebalance.core.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * McNemar's test of two classifiers on one test set (McNemar 1947; recommended for a single split
 * by Dietterich 1998): only the examples on which they disagree count, {@code b} that the first gets
 * right and the second wrong, {@code c} the reverse. Under equal accuracy b ~ Binomial(b + c, 1/2).
 *
 * @param firstOnly examples only the first classifier gets right (b)
 * @param secondOnly examples only the second classifier gets right (c)
 * @param exactP two-sided exact p-value, 2 P(X <= min(b, c)) for X ~ Binomial(b + c, 1/2), at most 1
 *     (statsmodels' {@code mcnemar(exact=True)}; the binomial law from Commons Statistics)
 * @param chiSquareP p-value of the continuity-corrected statistic (|b - c| - 1)^2 / (b + c) on 1
 *     degree of freedom; 1 when b + c = 0
 */
public record McNemar(int firstOnly, int secondOnly, double exactP, double chiSquareP) {
    /** The test from the true labels and both classifiers' predicted labels. */
    public static McNemar of(int[] truth, int[] first, int[] second) {
        if (first.length != truth.length || second.length != truth.length) {
            throw new IllegalArgumentException("truth and both predictions need the same length: " + truth.length
                    + ", " + first.length + ", " + second.length);
        }
        int b = 0;
        int c = 0;
        for (int i = 0; i < truth.length; i++) {
            boolean a = first[i] == truth[i];
            boolean s = second[i] == truth[i];
            if (a && !s) {
                b++;
            } else if (s && !a) {
                c++;
            }
        }
        return of(b, c);
    }

    /** The test from the two discordant counts. */
    public static McNemar of(int firstOnly, int secondOnly) {
        if (firstOnly < 0 || secondOnly < 0) {
            throw new IllegalArgumentException("counts must be >= 0, got " + firstOnly + " and " + secondOnly);
        }
        int n = firstOnly + secondOnly;
        if (n == 0) {
            return new McNemar(0, 0, 1.0, 1.0);
        }
        double exact = 2 * BinomialDistribution.of(n, 0.5).cumulativeProbability(Math.min(firstOnly, secondOnly));
        double x = Math.pow(Math.abs(firstOnly - secondOnly) - 1.0, 2) / n;
        double chi = ChiSquaredDistribution.of(1).survivalProbability(x);
        return new McNemar(firstOnly, secondOnly, Math.min(1.0, exact), chi);
    }
}
