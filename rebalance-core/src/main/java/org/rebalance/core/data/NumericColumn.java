package org.rebalance.core.data;

import java.util.Arrays;

/** A column of finite numbers. */
public record NumericColumn(String name, double[] values) implements Column {
    @Override
    public int size() {
        return values.length;
    }

    @Override
    public NumericColumn select(int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return new NumericColumn(name, out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumericColumn c && name.equals(c.name) && Arrays.equals(values, c.values);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "NumericColumn[" + name + ", n=" + values.length + "]";
    }
}
