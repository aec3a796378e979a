package org.rebalance.core.split;

import java.util.HashMap;
import java.util.Map;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Table;

/**
 * Group ids for rows with identical feature values, numbered 0, 1, ... in order of first
 * appearance. Values compare as Java's {@code Double.equals} does (so 0.0 and -0.0 differ).
 */
public final class Groups {
    private Groups() {
    }

    public static int[] ofIdenticalRows(Table table) {
        Map<Table.RowKey, Integer> ids = new HashMap<>();
        int[] groups = new int[table.size()];
        for (int r = 0; r < groups.length; r++) {
            groups[r] = ids.computeIfAbsent(table.rowKey(r), k -> ids.size());
        }
        return groups;
    }

    public static int[] ofIdenticalRows(DenseMatrix m) {
        Map<RowValues, Integer> ids = new HashMap<>();
        int[] groups = new int[m.rows()];
        for (int r = 0; r < groups.length; r++) {
            groups[r] = ids.computeIfAbsent(new RowValues(m.row(r)), k -> ids.size());
        }
        return groups;
    }

    private record RowValues(double[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof RowValues v && java.util.Arrays.equals(values, v.values);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(values);
        }
    }
}
