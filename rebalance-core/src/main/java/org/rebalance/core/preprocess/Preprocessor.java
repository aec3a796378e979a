package org.rebalance.core.preprocess;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.rebalance.core.data.CategoricalColumn;
import org.rebalance.core.data.Column;
import org.rebalance.core.data.DataException;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Location;
import org.rebalance.core.data.NumericColumn;
import org.rebalance.core.data.Schema;
import org.rebalance.core.data.Table;

/**
 * Turns a raw {@link Table} into the network's feature matrix with values learned on the training
 * part only: numeric columns standardised with the training mean and population standard
 * deviation (ddof 0, like scikit-learn's StandardScaler; a constant column gets scale 1), except
 * indicator columns (every training value 0 or 1: flags, fingerprint bits), which stay as they are
 * (mean 0, scale 1) so that bit vectors reach samplers and networks as bits, and
 * categorical columns one-hot encoded with the training categories in sorted order (an unseen
 * category encodes as all zeros, like OneHotEncoder(handle_unknown="ignore")). Output columns are
 * the numeric ones first, then {@code column=category} for each category. Immutable.
 */
public final class Preprocessor {
    private final PreprocessorState state;
    private final List<Map<String, Integer>> categoryIndex = new ArrayList<>();
    private final List<String> outputColumns = new ArrayList<>();

    private Preprocessor(PreprocessorState state) {
        this.state = state;
        outputColumns.addAll(state.numericColumns());
        for (int c = 0; c < state.categoricalColumns().size(); c++) {
            Map<String, Integer> index = new HashMap<>();
            for (String category : state.categories().get(c)) {
                index.put(category, index.size());
                outputColumns.add(state.categoricalColumns().get(c) + "=" + category);
            }
            categoryIndex.add(index);
        }
    }

    private static boolean isIndicator(double[] values) {
        for (double x : values) {
            if (x != 0.0 && x != 1.0) {
                return false;
            }
        }
        return true;
    }

    /** Learns means, scales and categories from the training table. */
    public static Preprocessor fit(Table train) {
        List<String> numeric = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        List<Double> scales = new ArrayList<>();
        List<String> categorical = new ArrayList<>();
        List<List<String>> categories = new ArrayList<>();
        for (Column column : train.columns()) {
            if (column instanceof NumericColumn n) {
                double[] v = n.values();
                if (isIndicator(v)) {
                    numeric.add(n.name());
                    means.add(0.0);
                    scales.add(1.0);
                    continue;
                }
                double mean = 0;
                for (double x : v) {
                    mean += x;
                }
                mean = v.length == 0 ? 0 : mean / v.length;
                double ss = 0;
                for (double x : v) {
                    ss += (x - mean) * (x - mean);
                }
                double sd = v.length == 0 ? 0 : Math.sqrt(ss / v.length);
                numeric.add(n.name());
                means.add(mean);
                scales.add(sd > 0 ? sd : 1.0);
            } else {
                CategoricalColumn c = (CategoricalColumn) column;
                categorical.add(c.name());
                categories.add(new ArrayList<>(new TreeSet<>(List.of(c.values()))));
            }
        }
        return new Preprocessor(new PreprocessorState(numeric, toArray(means), toArray(scales), categorical,
                categories));
    }

    public static Preprocessor of(PreprocessorState state) {
        return new Preprocessor(state);
    }

    public PreprocessorState state() {
        return state;
    }

    /** The raw columns a table must have: numeric ones, then categorical ones. */
    public List<String> inputColumns() {
        List<String> in = new ArrayList<>(state.numericColumns());
        in.addAll(state.categoricalColumns());
        return in;
    }

    /** Names of the output matrix's columns. */
    public List<String> outputColumns() {
        return List.copyOf(outputColumns);
    }

    public DenseMatrix apply(Table table) {
        return apply(table, "data");
    }

    /** The feature matrix of {@code table}; {@code file} names the data in error messages. */
    public DenseMatrix apply(Table table, String file) {
        int n = table.size();
        int width = outputColumns.size();
        double[] out = new double[n * width];
        int numericCount = state.numericColumns().size();
        for (int c = 0; c < numericCount; c++) {
            String name = state.numericColumns().get(c);
            if (!(find(table, name, file) instanceof NumericColumn column)) {
                throw new DataException(Location.file(file), "column \"" + name
                        + "\" was numeric in training but holds text here");
            }
            double mean = state.means()[c];
            double scale = state.scales()[c];
            double[] v = column.values();
            for (int r = 0; r < n; r++) {
                out[r * width + c] = (v[r] - mean) / scale;
            }
        }
        int offset = numericCount;
        for (int c = 0; c < state.categoricalColumns().size(); c++) {
            String name = state.categoricalColumns().get(c);
            Column column = find(table, name, file);
            String[] v = column instanceof CategoricalColumn cat ? cat.values() : asText((NumericColumn) column);
            Map<String, Integer> index = categoryIndex.get(c);
            for (int r = 0; r < n; r++) {
                Integer k = index.get(v[r]);
                if (k != null) {
                    out[r * width + offset + k] = 1.0;
                }
            }
            offset += index.size();
        }
        return DenseMatrix.wrap(out, n, new Schema(outputColumns));
    }

    private static Column find(Table table, String name, String file) {
        Column column = table.column(name);
        if (column == null) {
            throw new DataException(Location.file(file), "column \"" + name + "\" the model was trained with is missing");
        }
        return column;
    }

    /** Numbers read where categories were expected (e.g. codes "1", "2"): compared as their text. */
    private static String[] asText(NumericColumn column) {
        String[] s = new String[column.size()];
        for (int i = 0; i < s.length; i++) {
            double v = column.values()[i];
            s[i] = v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
        return s;
    }

    private static double[] toArray(List<Double> values) {
        double[] a = new double[values.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = values.get(i);
        }
        return a;
    }
}
