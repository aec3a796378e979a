package org.rebalance.core.metrics;

/** Division with scikit-learn's {@code zero_division=0} convention. */
final class Fractions {
    private Fractions() {
    }

    /** {@code numerator / denominator}, or 0 when the denominator is 0. */
    static double orZero(long numerator, long denominator) {
        return denominator == 0 ? 0.0 : (double) numerator / denominator;
    }
}
