package org.rebalance.core.data;

/**
 * Where in an input file a problem was found. {@code row} is the 1-based data row (the header is
 * row 0) or -1 when the problem concerns the whole file; {@code column} is null when no single
 * column is at fault.
 */
public record Location(String file, long row, String column) {
    public static Location file(String file) {
        return new Location(file, -1, null);
    }

    public static Location row(String file, long row) {
        return new Location(file, row, null);
    }

    public static Location cell(String file, long row, String column) {
        return new Location(file, row, column);
    }

    /** "train.csv, row 17, column \"age\"" with the parts that are known. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (row >= 0) {
            s.append(", row ").append(row);
        }
        if (column != null) {
            s.append(", column \"").append(column).append('"');
        }
        return s.toString();
    }
}
