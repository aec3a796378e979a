package org.rebalance.core.data.csv;

import java.util.Arrays;
import java.util.Locale;
import org.rebalance.core.data.CategoricalColumn;
import org.rebalance.core.data.Column;
import org.rebalance.core.data.DataException;
import org.rebalance.core.data.Location;
import org.rebalance.core.data.NumericColumn;

/**
 * Collects one column's values while a file is read and decides its type. A declared categorical
 * column keeps its text. Any other column is numeric, unless its very first value is not a
 * number, in which case it is categorical for as long as no value is a number: a column that
 * mixes numbers and text is an error at its first non-number. Empty cells, NaN and infinities
 * are errors in numeric columns (missing values are not imputed).
 */
final class ColumnBuilder {
    private enum Kind { UNDECIDED, NUMERIC, CATEGORICAL, INFERRED_CATEGORICAL }

    private final String file;
    private final String name;
    private Kind kind;
    private double[] numbers = new double[1024];
    private String[] texts;
    private int size;
    private long firstTextRow;
    private String firstText;

    ColumnBuilder(String file, String name, boolean declaredCategorical) {
        this.file = file;
        this.name = name;
        this.kind = declaredCategorical ? Kind.CATEGORICAL : Kind.UNDECIDED;
        if (declaredCategorical) {
            texts = new String[1024];
        }
    }

    void add(long row, String value) {
        if (kind == Kind.CATEGORICAL) {
            addText(value);
            return;
        }
        if (value.isEmpty()) {
            throw new DataException(Location.cell(file, row, name),
                    "empty value (missing values are not supported: fill them in or --drop the column)");
        }
        double v = parse(value);
        if (Double.isNaN(v) && !isNanText(value)) {
            // not a number at all
            if (kind == Kind.NUMERIC) {
                throw notANumber(row, value);
            }
            if (kind == Kind.UNDECIDED) {
                kind = Kind.INFERRED_CATEGORICAL;
                texts = new String[1024];
                firstTextRow = row;
                firstText = value;
            }
            addText(value);
            return;
        }
        if (kind == Kind.INFERRED_CATEGORICAL) {
            throw notANumber(firstTextRow, firstText);
        }
        if (Double.isNaN(v)) {
            throw new DataException(Location.cell(file, row, name), "NaN is not allowed (missing values are not "
                    + "supported: fill them in or --drop the column)");
        }
        if (Double.isInfinite(v)) {
            throw new DataException(Location.cell(file, row, name), "\"" + value + "\" is infinite; only finite "
                    + "numbers are allowed");
        }
        kind = Kind.NUMERIC;
        if (size == numbers.length) {
            numbers = Arrays.copyOf(numbers, size * 2);
        }
        numbers[size++] = v;
    }

    private DataException notANumber(long row, String value) {
        return new DataException(Location.cell(file, row, name), "\"" + value
                + "\" is not a number (declare the column with --categorical if it is one)");
    }

    private void addText(String value) {
        if (size == texts.length) {
            texts = Arrays.copyOf(texts, size * 2);
        }
        texts[size++] = value;
    }

    Column build() {
        if (kind == Kind.CATEGORICAL || kind == Kind.INFERRED_CATEGORICAL) {
            return new CategoricalColumn(name, Arrays.copyOf(texts, size));
        }
        return new NumericColumn(name, Arrays.copyOf(numbers, size));
    }

    /** The value as a double; NaN when the text is not a number. */
    private static double parse(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("inf") || lower.equals("+inf") || lower.equals("infinity") || lower.equals("+infinity")) {
            return Double.POSITIVE_INFINITY;
        }
        if (lower.equals("-inf") || lower.equals("-infinity")) {
            return Double.NEGATIVE_INFINITY;
        }
        char last = lower.charAt(lower.length() - 1);
        if (last == 'd' || last == 'f') {
            return Double.NaN; // Java's type suffixes ("1f") are not numbers in a CSV file
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static boolean isNanText(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.equals("nan") || lower.equals("-nan") || lower.equals("+nan");
    }
}
