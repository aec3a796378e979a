package org.rebalance.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.rebalance.core.metrics.Curve;
import org.rebalance.core.metrics.Ranking;

/**
 * Plots made from the per-example test results of an experiment's cells: ROC and precision-recall
 * curves per strategy (test parts of all seeds pooled) and each strategy's confusion matrix summed
 * over seeds as a heat map. Binary experiments only; cells without per-example results are skipped.
 */
public final class ExperimentPlots {
    private ExperimentPlots() {
    }

    /** Pooled test truth and scores of one strategy, or null if no cell stored them. */
    record Pooled(int[] truth, double[] scores, int[] predicted) {
    }

    static Pooled pooled(List<JsonNode> lines, String strategy) {
        List<Integer> truth = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        List<Integer> predicted = new ArrayList<>();
        for (JsonNode l : lines) {
            if (!l.get("strategy").asText().equals(strategy) || !l.has("test_scores")) {
                continue;
            }
            l.get("test_truth").forEach(v -> truth.add(v.asInt()));
            l.get("test_scores").forEach(v -> scores.add(v.asDouble()));
            l.get("test_predicted").forEach(v -> predicted.add(v.asInt()));
        }
        if (truth.isEmpty()) {
            return null;
        }
        return new Pooled(truth.stream().mapToInt(Integer::intValue).toArray(),
                scores.stream().mapToDouble(Double::doubleValue).toArray(),
                predicted.stream().mapToInt(Integer::intValue).toArray());
    }

    /** True when at least one cell of these strategies stored per-example test results. */
    public static boolean available(List<JsonNode> lines, List<String> strategies) {
        for (String s : strategies) {
            if (pooled(lines, s) != null) {
                return true;
            }
        }
        return false;
    }

    /** ROC curves, one per strategy, with the pooled ROC-AUC in the legend. */
    public static XYChart roc(List<JsonNode> lines, List<String> strategies) {
        XYChart chart = new XYChartBuilder().width(640).height(520).title("ROC curves (test parts, seeds pooled)")
                .xAxisTitle("false positive rate (1 - specificity)").yAxisTitle("true positive rate (sensitivity)")
                .build();
        chart.addSeries("chance", new double[] {0, 1}, new double[] {0, 1}).setMarker(SeriesMarkers.NONE);
        for (String s : strategies) {
            Pooled p = pooled(lines, s);
            if (p != null) {
                Curve c = Ranking.rocCurve(p.truth(), p.scores());
                chart.addSeries(String.format(Locale.ROOT, "%s (AUC %.3f)", s, Ranking.rocAuc(p.truth(), p.scores())),
                        c.x(), c.y()).setMarker(SeriesMarkers.NONE);
            }
        }
        return chart;
    }

    /** Precision-recall curves, one per strategy, with the pooled average precision in the legend. */
    public static XYChart precisionRecall(List<JsonNode> lines, List<String> strategies) {
        XYChart chart = new XYChartBuilder().width(640).height(520)
                .title("Precision-recall curves (test parts, seeds pooled)").xAxisTitle("recall (sensitivity)")
                .yAxisTitle("precision").build();
        for (String s : strategies) {
            Pooled p = pooled(lines, s);
            if (p != null) {
                Curve c = Ranking.precisionRecallCurve(p.truth(), p.scores());
                chart.addSeries(String.format(Locale.ROOT, "%s (AP %.3f)", s,
                        Ranking.averagePrecision(p.truth(), p.scores())), c.x(), c.y()).setMarker(SeriesMarkers.NONE);
            }
        }
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
        return chart;
    }

    /** The strategy's test confusion matrix summed over seeds, counts in the cells; null without data. */
    public static HeatMapChart confusion(List<JsonNode> lines, String strategy) {
        Pooled p = pooled(lines, strategy);
        if (p == null) {
            return null;
        }
        long[][] m = new long[2][2];
        for (int i = 0; i < p.truth().length; i++) {
            m[p.truth()[i]][p.predicted()[i]]++;
        }
        HeatMapChart chart = new HeatMapChartBuilder().width(320).height(280).title(strategy).build();
        List<String> x = List.of("predicted 0", "predicted 1");
        List<String> y = List.of("true 1", "true 0"); // the heat map's first row is drawn at the bottom
        List<Number[]> cells = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            for (int c = 0; c < 2; c++) {
                // share of the true class, so that a rare class's row is as readable as the common one's
                long row = m[t][0] + m[t][1];
                cells.add(new Number[] {c, 1 - t, row == 0 ? 0 : Math.round(1000.0 * m[t][c] / row) / 10.0});
            }
        }
        chart.addSeries("% of true class", x, y, cells);
        chart.getStyler().setShowValue(true).setMin(0).setMax(100);
        chart.getStyler().setLegendVisible(false);
        return chart;
    }

    /**
     * The critical-difference diagram: each strategy's average rank across data sets (1 = best) as a
     * point, and a bar of Nemenyi's critical difference from the best rank: strategies whose point
     * lies within the bar are not significantly worse than the best (Demšar 2006).
     */
    public static XYChart criticalDifference(org.rebalance.cli.experiment.AcrossDatasets across) {
        var test = across.test();
        XYChart chart = new XYChartBuilder().width(720).height(120 + 30 * across.strategies().size())
                .title(String.format(Locale.ROOT, "Average rank over %d data sets (1 = best); bar: critical difference %.2f",
                        test.datasets(), test.criticalDifference()))
                .xAxisTitle("average rank").yAxisTitle("").build();
        double best = Double.POSITIVE_INFINITY;
        for (double r : test.averageRanks()) {
            best = Math.min(best, r);
        }
        int k = across.strategies().size();
        for (int s = 0; s < k; s++) {
            chart.addSeries(across.strategies().get(s), new double[] {test.averageRanks()[s]}, new double[] {k - s})
                    .setMarker(SeriesMarkers.CIRCLE);
        }
        if (!Double.isNaN(test.criticalDifference())) {
            chart.addSeries("critical difference", new double[] {best, best + test.criticalDifference()},
                    new double[] {0.5, 0.5}).setMarker(SeriesMarkers.NONE);
        }
        chart.getStyler().setXAxisMin(1.0).setXAxisMax((double) k).setYAxisMin(0.0).setYAxisMax(k + 0.5)
                .setYAxisTicksVisible(false);
        return chart;
    }
}
