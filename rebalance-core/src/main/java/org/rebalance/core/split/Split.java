package org.rebalance.core.split;

import java.util.Arrays;

/** Row indices of the three parts: ascending, disjoint, and together every row once. */
public record Split(int[] train, int[] valid, int[] test) {
    @Override
    public boolean equals(Object o) {
        return o instanceof Split s && Arrays.equals(train, s.train) && Arrays.equals(valid, s.valid)
                && Arrays.equals(test, s.test);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(train) + Arrays.hashCode(valid)) + Arrays.hashCode(test);
    }

    @Override
    public String toString() {
        return "Split[train=" + train.length + ", valid=" + valid.length + ", test=" + test.length + "]";
    }
}
