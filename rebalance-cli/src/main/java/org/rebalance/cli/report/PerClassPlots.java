package org.rebalance.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.rebalance.core.regression.ShotRegion;
import org.rebalance.core.regression.ShotRegion.ShotThresholds;

/**
 * Per-class views of a multiclass experiment, for long-tailed data: test recall per class ordered by
 * training frequency, accuracy of the many-, medium- and few-shot class groups (Liu et al. 2019: more
 * than 100 training examples, 20 to 100, fewer than 20), and the test confusion matrix as a heat map.
 * Made from the results lines alone (their {@code train_counts} and test confusion matrices).
 */
public final class PerClassPlots {
    private PerClassPlots() {
    }

    /** True when the lines hold per-class results of more than two classes. */
    public static boolean available(List<JsonNode> lines) {
        return !lines.isEmpty() && lines.get(0).has("train_counts") && lines.get(0).get("train_counts").size() > 2
                && lines.get(0).get("test").has("confusion_matrix");
    }

    /** Class indices ordered by training count, largest first (the counts of the first line). */
    static int[] byFrequency(List<JsonNode> lines) {
        JsonNode counts = lines.get(0).get("train_counts");
        return IntStream.range(0, counts.size()).boxed()
                .sorted(Comparator.comparingInt((Integer c) -> -counts.get(c).asInt()).thenComparingInt(c -> c))
                .mapToInt(Integer::intValue).toArray();
    }

    /** The test confusion matrices of a strategy's cells, summed over seeds. */
    static long[][] confusion(List<JsonNode> lines, String strategy) {
        long[][] sum = null;
        for (JsonNode l : lines) {
            if (!l.get("strategy").asText().equals(strategy)) {
                continue;
            }
            JsonNode m = l.get("test").get("confusion_matrix");
            if (sum == null) {
                sum = new long[m.size()][m.size()];
            }
            for (int t = 0; t < m.size(); t++) {
                for (int p = 0; p < m.size(); p++) {
                    sum[t][p] += m.get(t).get(p).asLong();
                }
            }
        }
        return sum;
    }

    /** Recall of each class from a summed confusion matrix (NaN for a class without test examples). */
    static double[] recalls(long[][] m) {
        double[] r = new double[m.length];
        for (int t = 0; t < m.length; t++) {
            long row = Arrays.stream(m[t]).sum();
            r[t] = row == 0 ? Double.NaN : (double) m[t][t] / row;
        }
        return r;
    }

    /** Test recall per class, classes ordered by training frequency (label: class and training count). */
    public static CategoryChart recallByFrequency(List<JsonNode> lines, List<String> strategies, List<String> classNames) {
        int[] order = byFrequency(lines);
        JsonNode counts = lines.get(0).get("train_counts");
        CategoryChart chart = new CategoryChartBuilder().width(900).height(450)
                .title("Test recall per class, by training frequency (seeds pooled)")
                .xAxisTitle("class (training examples)").yAxisTitle("recall").build();
        List<String> labels = new ArrayList<>();
        for (int c : order) {
            labels.add(classNames.get(c) + " (" + counts.get(c).asInt() + ")");
        }
        for (String s : strategies) {
            long[][] m = confusion(lines, s);
            if (m == null) {
                continue;
            }
            double[] r = recalls(m);
            List<Double> values = new ArrayList<>();
            for (int c : order) {
                values.add(Double.isNaN(r[c]) ? 0 : r[c]);
            }
            chart.addSeries(s, labels, values);
        }
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
        return chart;
    }

    /**
     * Accuracy of each shot group per strategy: the mean recall of the group's classes (on a balanced test
     * part this is the group's accuracy). Rows: strategy, then many, medium and few (NaN for an empty group).
     */
    public static List<double[]> shotGroups(List<JsonNode> lines, List<String> strategies) {
        JsonNode counts = lines.get(0).get("train_counts");
        ShotThresholds t = ShotThresholds.defaults();
        List<double[]> out = new ArrayList<>();
        for (String s : strategies) {
            long[][] m = confusion(lines, s);
            double[] row = new double[ShotRegion.values().length];
            if (m != null) {
                double[] r = recalls(m);
                for (ShotRegion region : ShotRegion.values()) {
                    double sum = 0;
                    int n = 0;
                    for (int c = 0; c < r.length; c++) {
                        if (t.region(counts.get(c).asInt()) == region && !Double.isNaN(r[c])) {
                            sum += r[c];
                            n++;
                        }
                    }
                    row[region.ordinal()] = n == 0 ? Double.NaN : sum / n;
                }
            }
            out.add(row);
        }
        return out;
    }

    /** The group of each class by its training count, e.g. "many: 0, 1, 2; medium: 3, 4, 5, 6; few: 7, 8, 9". */
    public static String groups(List<JsonNode> lines, List<String> classNames) {
        JsonNode counts = lines.get(0).get("train_counts");
        ShotThresholds t = ShotThresholds.defaults();
        List<String> parts = new ArrayList<>();
        for (ShotRegion region : ShotRegion.values()) {
            List<String> members = new ArrayList<>();
            for (int c = 0; c < counts.size(); c++) {
                if (t.region(counts.get(c).asInt()) == region) {
                    members.add(classNames.get(c));
                }
            }
            parts.add(region.name().toLowerCase(Locale.ROOT) + ": " + (members.isEmpty() ? "none" : String.join(", ", members)));
        }
        return String.join("; ", parts);
    }

    /** The test confusion matrix of a strategy, seeds summed, as percentages of each true class. */
    public static HeatMapChart confusionHeatMap(List<JsonNode> lines, String strategy, List<String> classNames) {
        long[][] m = confusion(lines, strategy);
        int k = m.length;
        int[] order = byFrequency(lines);
        HeatMapChart chart = new HeatMapChartBuilder().width(520).height(480).title(strategy + " (rows: true class, "
                + "by training frequency)").build();
        List<String> x = new ArrayList<>();
        List<String> y = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            x.add(classNames.get(order[i]));
            y.add(classNames.get(order[k - 1 - i])); // the first row is drawn at the bottom
        }
        List<Number[]> cells = new ArrayList<>();
        for (int ti = 0; ti < k; ti++) {
            int t = order[ti];
            long row = Arrays.stream(m[t]).sum();
            for (int pi = 0; pi < k; pi++) {
                int p = order[pi];
                cells.add(new Number[] {pi, k - 1 - ti, row == 0 ? 0 : Math.round(1000.0 * m[t][p] / row) / 10.0});
            }
        }
        chart.addSeries("% of true class", x, y, cells);
        chart.getStyler().setShowValue(k <= 12).setMin(0).setMax(100);
        chart.getStyler().setLegendVisible(false);
        return chart;
    }
}
