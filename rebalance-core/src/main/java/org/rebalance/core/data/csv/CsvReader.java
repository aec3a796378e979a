package org.rebalance.core.data.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Column;
import org.rebalance.core.data.DataException;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.Location;
import org.rebalance.core.data.Origin;
import org.rebalance.core.data.RegressionTarget;
import org.rebalance.core.data.Table;
import org.rebalance.core.data.Target;

/**
 * Reads CSV files with a header line (optionally gzip-compressed) into labelled tables, feature
 * tables and score columns. Every problem is a {@link DataException} whose one-line message names
 * the file, the 1-based data row and the column.
 *
 * <p>Labels are text; classes are ordered numerically when every label is an integer (so "0" is
 * class 0 and "1" class 1, the positive class), otherwise alphabetically.
 */
public final class CsvReader {
    private CsvReader() {
    }

    /** A labelled table with at least two classes (training data). */
    public static Dataset<Table> read(Path path, TableSpec spec) {
        return read(path, spec, ClassRequirement.AT_LEAST_TWO);
    }

    /** A labelled table: features (all columns but the label and dropped ones) and class labels. */
    public static Dataset<Table> read(Path path, TableSpec spec, ClassRequirement classes) {
        return readTable(path, spec, new TargetColumn() {
            private final List<String> labels = new ArrayList<>();

            @Override
            public void add(String file, long row, String text) {
                if (text.isEmpty()) {
                    throw new DataException(Location.cell(file, row, spec.label()), "empty label");
                }
                labels.add(text);
            }

            @Override
            public Target build(String file) {
                return classTarget(labels, file, spec.label(), classes);
            }
        });
    }

    /**
     * A table with a real-valued target: features as in {@link #read(Path, TableSpec)}, and {@code spec.label()}
     * names the target column, which must hold a finite number in every row.
     */
    public static Dataset<Table> readRegression(Path path, TableSpec spec) {
        return readTable(path, spec, new TargetColumn() {
            private double[] values = new double[256];
            private int n;

            @Override
            public void add(String file, long row, String text) {
                double v;
                try {
                    v = Double.parseDouble(text.trim());
                } catch (NumberFormatException e) {
                    throw new DataException(Location.cell(file, row, spec.label()),
                            text.isEmpty() ? "empty target" : "target \"" + text + "\" is not a number");
                }
                if (!Double.isFinite(v)) {
                    throw new DataException(Location.cell(file, row, spec.label()), "target \"" + text + "\" is not finite");
                }
                if (n == values.length) {
                    values = java.util.Arrays.copyOf(values, n * 2);
                }
                values[n++] = v;
            }

            @Override
            public Target build(String file) {
                return new RegressionTarget(java.util.Arrays.copyOf(values, n));
            }
        });
    }

    /** Collects one target column's cells and turns them into the data set's target. */
    private interface TargetColumn {
        void add(String file, long row, String text);

        Target build(String file);
    }

    private static Dataset<Table> readTable(Path path, TableSpec spec, TargetColumn target) {
        try (CsvRows rows = CsvRows.open(path)) {
            String file = rows.file();
            int labelAt = rows.indexOf(spec.label());
            if (labelAt < 0) {
                throw new DataException(Location.file(file), "label column \"" + spec.label()
                        + "\" not found; the columns are " + String.join(", ", rows.header()));
            }
            checkNamed(rows, spec.drop(), "--drop");
            checkNamed(rows, spec.categorical(), "--categorical");
            List<Integer> featureAt = new ArrayList<>();
            List<ColumnBuilder> builders = new ArrayList<>();
            for (int c = 0; c < rows.header().size(); c++) {
                String name = rows.header().get(c);
                if (c != labelAt && !spec.drop().contains(name)) {
                    featureAt.add(c);
                    builders.add(new ColumnBuilder(file, name, spec.categorical().contains(name)));
                }
            }
            if (builders.isEmpty()) {
                throw new DataException(Location.file(file), "no feature columns left besides the label");
            }
            long count = 0;
            for (CsvRows.Row row : rows) {
                target.add(file, row.number(), row.values()[labelAt]);
                for (int i = 0; i < builders.size(); i++) {
                    builders.get(i).add(row.number(), row.values()[featureAt.get(i)]);
                }
                count++;
            }
            if (count == 0) {
                throw new DataException(Location.file(file), "no data rows after the header");
            }
            List<Column> columns = new ArrayList<>();
            for (ColumnBuilder b : builders) {
                columns.add(b.build());
            }
            return new Dataset<>(new Table(columns), target.build(file), new Origin(file, rows.sha256Hex(), count));
        }
    }

    /**
     * The given feature columns of a file to be scored, in the given order; other columns (a label
     * among them) are ignored. {@code spec.categorical()} says which of them hold categories.
     */
    public static Table readFeatures(Path path, TableSpec spec, List<String> columns) {
        try (CsvRows rows = CsvRows.open(path)) {
            String file = rows.file();
            int[] at = new int[columns.size()];
            List<ColumnBuilder> builders = new ArrayList<>();
            for (int i = 0; i < at.length; i++) {
                at[i] = rows.indexOf(columns.get(i));
                if (at[i] < 0) {
                    throw new DataException(Location.file(file), "column \"" + columns.get(i)
                            + "\" the model was trained with is missing");
                }
                builders.add(new ColumnBuilder(file, columns.get(i), spec.categorical().contains(columns.get(i))));
            }
            long n = 0;
            for (CsvRows.Row row : rows) {
                for (int i = 0; i < at.length; i++) {
                    builders.get(i).add(row.number(), row.values()[at[i]]);
                }
                n++;
            }
            if (n == 0) {
                throw new DataException(Location.file(file), "no data rows after the header");
            }
            List<Column> out = new ArrayList<>();
            for (ColumnBuilder b : builders) {
                out.add(b.build());
            }
            return new Table(out);
        }
    }

    /**
     * Truth, scores and optional predictions from a file made by any tool.
     *
     * @param predictionColumn null when predictions come from a threshold instead
     */
    public static ScoreColumns readScores(Path path, String truthColumn, List<String> scoreColumns,
            String predictionColumn) {
        try (CsvRows rows = CsvRows.open(path)) {
            String file = rows.file();
            int truthAt = required(rows, truthColumn, "truth");
            int[] scoreAt = new int[scoreColumns.size()];
            for (int i = 0; i < scoreAt.length; i++) {
                scoreAt[i] = required(rows, scoreColumns.get(i), "score");
            }
            int predAt = predictionColumn == null ? -1 : required(rows, predictionColumn, "prediction");
            List<String> truth = new ArrayList<>();
            List<String> predictions = new ArrayList<>();
            List<double[]> scoreRows = new ArrayList<>();
            for (CsvRows.Row row : rows) {
                String t = row.values()[truthAt];
                if (t.isEmpty()) {
                    throw new DataException(Location.cell(file, row.number(), truthColumn), "empty label");
                }
                truth.add(t);
                double[] s = new double[scoreAt.length];
                for (int i = 0; i < s.length; i++) {
                    s[i] = finiteNumber(file, row.number(), scoreColumns.get(i), row.values()[scoreAt[i]]);
                }
                scoreRows.add(s);
                if (predAt >= 0) {
                    String p = row.values()[predAt];
                    if (p.isEmpty()) {
                        throw new DataException(Location.cell(file, row.number(), predictionColumn), "empty prediction");
                    }
                    predictions.add(p);
                }
            }
            if (truth.isEmpty()) {
                throw new DataException(Location.file(file), "no data rows after the header");
            }
            double[][] scores = new double[scoreAt.length][truth.size()];
            for (int r = 0; r < truth.size(); r++) {
                for (int c = 0; c < scoreAt.length; c++) {
                    scores[c][r] = scoreRows.get(r)[c];
                }
            }
            return new ScoreColumns(file, truth.toArray(String[]::new), List.copyOf(scoreColumns), scores,
                    predAt >= 0 ? predictions.toArray(String[]::new) : null);
        }
    }

    /**
     * Class names in their canonical order: numeric when every label is an integer, else
     * alphabetical.
     */
    public static List<String> classOrder(java.util.Collection<String> labels) {
        List<String> distinct = new ArrayList<>(new java.util.TreeSet<>(labels));
        if (distinct.stream().allMatch(CsvReader::isInteger)) {
            distinct.sort(Comparator.comparingLong(Long::parseLong));
        }
        return distinct;
    }

    /**
     * Class labels from their text, classes in {@link #classOrder} order.
     *
     * @throws DataException naming the file and column if fewer than two classes are present and two are required
     */
    public static ClassTarget classTarget(List<String> labels, String file, String column,
            ClassRequirement requirement) {
        List<String> order = classOrder(labels);
        if (order.size() < 2 && requirement == ClassRequirement.AT_LEAST_TWO) {
            throw new DataException(Location.file(file), "only one class \"" + order.get(0) + "\" in column \""
                    + column + "\"; need at least two");
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
        }
        int[] y = new int[labels.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = index.get(labels.get(i));
        }
        return new ClassTarget(y, ClassNames.of(order));
    }

    private static boolean isInteger(String s) {
        try {
            Long.parseLong(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void checkNamed(CsvRows rows, java.util.Set<String> columns, String option) {
        for (String c : columns) {
            if (rows.indexOf(c) < 0) {
                throw new DataException(Location.file(rows.file()), option + " names column \"" + c
                        + "\", which is not in the header (" + String.join(", ", rows.header()) + ")");
            }
        }
    }

    private static int required(CsvRows rows, String column, String role) {
        int at = rows.indexOf(column);
        if (at < 0) {
            throw new DataException(Location.file(rows.file()), role + " column \"" + column
                    + "\" not found; the columns are " + String.join(", ", rows.header()));
        }
        return at;
    }

    private static double finiteNumber(String file, long row, String column, String text) {
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new DataException(Location.cell(file, row, column), "\"" + text + "\" is not a number");
        }
        if (!Double.isFinite(v)) {
            throw new DataException(Location.cell(file, row, column), "\"" + text + "\" is not a finite number");
        }
        return v;
    }
}
