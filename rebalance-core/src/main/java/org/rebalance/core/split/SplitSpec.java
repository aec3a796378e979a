package org.rebalance.core.split;

import org.rebalance.core.ConfigException;

/**
 * Fractions of the train, validation and test parts (each &gt; 0, summing to 1) and what to do with
 * duplicate rows.
 */
public record SplitSpec(double train, double valid, double test, DuplicatePolicy duplicates) {
    public SplitSpec {
        if (!(train > 0 && valid > 0 && test > 0)) {
            throw new ConfigException("split fractions must all be > 0, got " + train + ", " + valid + ", " + test);
        }
        if (Math.abs(train + valid + test - 1) > 1e-9) {
            throw new ConfigException("split fractions must sum to 1, got " + train + " + " + valid + " + " + test
                    + " = " + (train + valid + test));
        }
        if (duplicates == null) {
            throw new ConfigException("a duplicate policy is required");
        }
    }

    /** 60% train, 20% valid, 20% test, identical rows grouped. */
    public static SplitSpec defaults() {
        return new SplitSpec(0.6, 0.2, 0.2, DuplicatePolicy.GROUP);
    }

    double[] fractions() {
        return new double[] {train, valid, test};
    }
}
