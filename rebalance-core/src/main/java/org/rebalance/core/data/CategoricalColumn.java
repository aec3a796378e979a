package org.rebalance.core.data;

import java.util.Arrays;

/** A column of category names (strings), one-hot encoded by the preprocessor. */
public record CategoricalColumn(String name, String[] values) implements Column {
    @Override
    public int size() {
        return values.length;
    }

    @Override
    public CategoricalColumn select(int[] rows) {
        String[] out = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return new CategoricalColumn(name, out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CategoricalColumn c && name.equals(c.name) && Arrays.equals(values, c.values);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "CategoricalColumn[" + name + ", n=" + values.length + "]";
    }
}
