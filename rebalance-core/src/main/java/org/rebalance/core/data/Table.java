package org.rebalance.core.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Raw tabular inputs as read from a file, before preprocessing: named numeric and categorical
 * columns of equal length. Immutable; {@link #select} derives a new table.
 */
public final class Table implements Inputs {
    private final List<Column> columns;
    private final int rows;

    public Table(List<Column> columns) {
        this.columns = List.copyOf(columns);
        this.rows = this.columns.isEmpty() ? 0 : this.columns.get(0).size();
        Set<String> names = new HashSet<>();
        for (Column c : this.columns) {
            if (c.size() != rows) {
                throw new IllegalArgumentException("column \"" + c.name() + "\" has " + c.size() + " rows, expected " + rows);
            }
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("duplicate column \"" + c.name() + "\"");
            }
        }
    }

    @Override
    public int size() {
        return rows;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> columnNames() {
        List<String> names = new ArrayList<>();
        for (Column c : columns) {
            names.add(c.name());
        }
        return names;
    }

    /** The column with this name, or null. */
    public Column column(String name) {
        for (Column c : columns) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    @Override
    public Table select(int[] rowIndices) {
        List<Column> out = new ArrayList<>(columns.size());
        for (Column c : columns) {
            out.add(c.select(rowIndices));
        }
        return new Table(out);
    }

    /**
     * A key equal for two rows exactly when all their feature values are equal (used to keep
     * duplicate rows in one part of a split).
     */
    public RowKey rowKey(int row) {
        Object[] values = new Object[columns.size()];
        for (int c = 0; c < values.length; c++) {
            Column col = columns.get(c);
            values[c] = col instanceof NumericColumn n ? (Object) n.values()[row] : ((CategoricalColumn) col).values()[row];
        }
        return new RowKey(values);
    }

    /** The values of one row, compared by content. */
    public static final class RowKey {
        private final Object[] values;
        private final int hash;

        RowKey(Object[] values) {
            this.values = values;
            this.hash = java.util.Arrays.hashCode(values);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RowKey k && hash == k.hash && java.util.Arrays.equals(values, k.values);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Table t && columns.equals(t.columns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(columns);
    }

    @Override
    public String toString() {
        return "Table[" + rows + " rows, columns " + columnNames() + "]";
    }
}
