package org.rebalance.core.data;

import java.util.Arrays;

/** Real-valued targets. */
public record RegressionTarget(double[] values) implements Target {
    @Override
    public int size() {
        return values.length;
    }

    @Override
    public RegressionTarget select(int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return new RegressionTarget(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegressionTarget t && Arrays.equals(values, t.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "RegressionTarget[n=" + values.length + "]";
    }
}
