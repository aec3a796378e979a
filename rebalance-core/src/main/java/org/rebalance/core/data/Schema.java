package org.rebalance.core.data;

import java.util.List;

/** Names of the feature columns of a matrix, in column order. */
public record Schema(List<String> columns) {
    public Schema {
        columns = List.copyOf(columns);
    }

    public int size() {
        return columns.size();
    }

    public String column(int i) {
        return columns.get(i);
    }

    /** Columns named c0, c1, ... for matrices that come with no names. */
    public static Schema numbered(int count) {
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = "c" + i;
        }
        return new Schema(List.of(names));
    }
}
