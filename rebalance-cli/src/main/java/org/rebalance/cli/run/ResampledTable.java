package org.rebalance.cli.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.CategoricalColumn;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Column;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.NumericColumn;
import org.rebalance.core.data.Schema;
import org.rebalance.core.data.Table;
import org.rebalance.core.resample.Resampling;
import org.rebalance.core.resample.Sampler;
import org.rebalance.core.resample.over.SmoteNc;

/**
 * Resampling of a raw table as the {@code resample} command does it: samplers see the numeric
 * columns as they are (like imbalanced-learn, no scaling) and categorical ones one-hot encoded, kept
 * rows are copied with their original values, and synthetic rows are written after them.
 */
public final class ResampledTable {
    private ResampledTable() {
    }

    /**
     * The samplers' view of a table: numeric columns unscaled (as imbalanced-learn sees them), then
     * each categorical column one-hot encoded as {@code column=category} columns (categories sorted),
     * which SMOTE-NC recognises. Samplers that make new values from numbers alone refuse categorical
     * columns.
     */
    public static View view(Table table, Sampler sampler) {
        List<NumericColumn> numeric = new ArrayList<>();
        List<CategoricalColumn> categorical = new ArrayList<>();
        for (Column c : table.columns()) {
            if (c instanceof NumericColumn n) {
                numeric.add(n);
            } else {
                categorical.add((CategoricalColumn) c);
            }
        }
        if (sampler.synthesises() && !(sampler instanceof SmoteNc) && !categorical.isEmpty()) {
            throw new ConfigException(sampler.name() + " makes new feature values from numbers; column \""
                    + categorical.get(0).name() + "\" is categorical (use smote-nc, drop the column with --drop, "
                    + "or use an index-only sampler such as random-over)");
        }
        List<String> names = new ArrayList<>();
        for (NumericColumn n : numeric) {
            names.add(n.name());
        }
        List<List<String>> categories = new ArrayList<>();
        for (CategoricalColumn c : categorical) {
            List<String> values = new ArrayList<>(new TreeSet<>(List.of(c.values())));
            categories.add(values);
            for (String v : values) {
                names.add(c.name() + "=" + v);
            }
        }
        int n = table.size();
        int d = names.size();
        double[] values = new double[n * d];
        for (int c = 0; c < numeric.size(); c++) {
            double[] v = numeric.get(c).values();
            for (int r = 0; r < n; r++) {
                values[r * d + c] = v[r];
            }
        }
        int offset = numeric.size();
        for (int g = 0; g < categorical.size(); g++) {
            String[] v = categorical.get(g).values();
            List<String> cats = categories.get(g);
            for (int r = 0; r < n; r++) {
                values[r * d + offset + cats.indexOf(v[r])] = 1.0;
            }
            offset += cats.size();
        }
        return new View(DenseMatrix.wrap(values, n, new Schema(names)), numeric, categorical, categories);
    }

    /** A table as the samplers see it, and how a synthetic row of that view reads back as table values. */
    public record View(DenseMatrix matrix, List<NumericColumn> numeric, List<CategoricalColumn> categorical,
            List<List<String>> categories) {
        /** The table column's value of a synthetic view row, as text. */
        String value(Column column, double[] synthetic) {
            int at = numeric.indexOf(column);
            if (at >= 0) {
                return format(synthetic[at]);
            }
            int offset = numeric.size();
            for (int g = 0; g < categorical.size(); g++) {
                List<String> cats = categories.get(g);
                if (categorical.get(g) == column) {
                    int best = 0;
                    for (int i = 1; i < cats.size(); i++) {
                        if (synthetic[offset + i] > synthetic[offset + best]) {
                            best = i;
                        }
                    }
                    return cats.get(best);
                }
                offset += cats.size();
            }
            throw new IllegalArgumentException("column " + column.name() + " is not in the view");
        }
    }

    /** Writes kept rows, then synthetic rows, with the label column last; all or nothing. */
    public static void write(Path out, Dataset<Table> data, String labelColumn, Resampling plan, View view)
            throws IOException {
        Table table = data.inputs();
        ClassTarget target = data.classTarget();
        Path absolute = out.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".partial");
        try {
            List<String> header = new ArrayList<>(table.columnNames());
            header.add(labelColumn);
            try (BufferedWriter w = Files.newBufferedWriter(temp);
                    CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                            .setHeader(header.toArray(String[]::new)).setRecordSeparator('\n').build())) {
                for (int row : plan.rows()) {
                    List<Object> values = new ArrayList<>();
                    for (Column c : table.columns()) {
                        values.add(c instanceof NumericColumn n ? format(n.values()[row])
                                : ((CategoricalColumn) c).values()[row]);
                    }
                    values.add(target.classes().name(target.label(row)));
                    csv.printRecord(values);
                }
                double[][] synthetic = plan.synthetic();
                int[] syntheticLabels = plan.syntheticLabels();
                for (int s = 0; s < synthetic.length; s++) {
                    List<Object> values = new ArrayList<>();
                    for (Column c : table.columns()) {
                        values.add(view.value(c, synthetic[s]));
                    }
                    values.add(target.classes().name(syntheticLabels[s]));
                    csv.printRecord(values);
                }
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
