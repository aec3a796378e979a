package org.rebalance.cli.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
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

/**
 * Resampling of a raw table as the {@code resample} command does it: samplers see the numeric
 * columns as they are (like imbalanced-learn, no scaling), kept rows are copied with their original
 * values, and synthetic rows are written after them. Synthesising samplers need numeric columns only.
 */
public final class ResampledTable {
    private ResampledTable() {
    }

    /** The numeric columns of the table, unscaled, as the samplers' feature view. */
    public static DenseMatrix numericView(Table table, Sampler sampler) {
        List<NumericColumn> numeric = new ArrayList<>();
        for (Column c : table.columns()) {
            if (c instanceof NumericColumn n) {
                numeric.add(n);
            } else if (sampler.synthesises()) {
                throw new ConfigException(sampler.name() + " makes new feature values and needs numeric columns; "
                        + "column \"" + c.name() + "\" is categorical (drop it with --drop, or use an index-only "
                        + "sampler such as random-over)");
            }
        }
        int n = table.size();
        int d = numeric.size();
        double[] values = new double[n * d];
        List<String> names = new ArrayList<>();
        for (int c = 0; c < d; c++) {
            names.add(numeric.get(c).name());
            double[] v = numeric.get(c).values();
            for (int r = 0; r < n; r++) {
                values[r * d + c] = v[r];
            }
        }
        return DenseMatrix.wrap(values, n, new Schema(names));
    }

    /** Writes kept rows, then synthetic rows, with the label column last; all or nothing. */
    public static void write(Path out, Dataset<Table> data, String labelColumn, Resampling plan) throws IOException {
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
                for (int s = 0; s < synthetic.length; s++) {
                    List<Object> values = new ArrayList<>();
                    for (double v : synthetic[s]) {
                        values.add(format(v));
                    }
                    values.add(target.classes().name(plan.syntheticLabels()[s]));
                    csv.printRecord(values);
                }
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
