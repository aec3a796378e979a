package org.rebalance.cli.regression;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.rebalance.cli.regression.SignalStudySummary.Row;
import org.rebalance.cli.report.EpochMeans;

/** The charts of a target-distribution study (XChart), from its summary and results lines. */
final class SignalPlots {
    private static final int WIDTH = 800;
    private static final int HEIGHT = 450;

    private SignalPlots() {
    }

    /** Test MSE per target bin (mean over seeds), one line per row; log scale, so the failures show. */
    static XYChart errorByTarget(String title, List<Row> rows) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("true target (bin centre)").yAxisTitle("test MSE (log scale)").build();
        chart.getStyler().setYAxisLogarithmic(true);
        for (Row r : rows) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int b = 0; b < r.binMse().length; b++) {
                if (r.binMse()[b] > 0) {
                    x.add((r.binLow()[b] + r.binHigh()[b]) / 2);
                    y.add(r.binMse()[b]);
                }
            }
            if (!x.isEmpty()) {
                chart.addSeries(r.name(), x, y);
            }
        }
        return chart;
    }

    /** Mean prediction per target bin against the truth: the diagonal is a perfect model. */
    static XYChart predictionByTarget(List<Row> rows) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Mean test prediction by true target (diagonal: perfect)")
                .xAxisTitle("true target (bin centre)").yAxisTitle("mean prediction").build();
        Row first = rows.get(0);
        int bins = first.binLow().length;
        List<Double> diagonal = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            diagonal.add((first.binLow()[b] + first.binHigh()[b]) / 2);
        }
        chart.addSeries("truth", diagonal, diagonal).setMarker(SeriesMarkers.NONE);
        for (Row r : rows) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int b = 0; b < bins; b++) {
                if (Double.isFinite(r.binMeanPrediction()[b])) {
                    x.add((r.binLow()[b] + r.binHigh()[b]) / 2);
                    y.add(r.binMeanPrediction()[b]);
                }
            }
            if (!x.isEmpty()) {
                chart.addSeries(r.name(), x, y);
            }
        }
        return chart;
    }

    /** Training targets per bin (mean over seeds) for each law: the imbalance each network saw. */
    static CategoryChart trainingTargets(List<Row> plain) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Training targets per bin (mean over seeds)").xAxisTitle("target bin").yAxisTitle("examples")
                .build();
        for (Row r : plain) {
            List<String> names = new ArrayList<>();
            List<Double> counts = new ArrayList<>();
            for (int b = 0; b < r.binTrainCount().length; b++) {
                names.add(SignalStudyReport.number(r.binLow()[b]) + "-" + SignalStudyReport.number(r.binHigh()[b]));
                counts.add(r.binTrainCount()[b]);
            }
            chart.addSeries(r.law(), names, counts);
        }
        return chart;
    }

    /** Test MSE per row: mean over seeds, error bar one SD. */
    static CategoryChart mseBars(List<Row> rows) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Test MSE over repeats (mean, error bar = 1 SD)").xAxisTitle("training").yAxisTitle("test MSE")
                .build();
        List<String> names = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        List<Double> sds = new ArrayList<>();
        for (Row r : rows) {
            names.add(r.name());
            means.add(r.mseSummary().mean());
            sds.add(Double.isNaN(r.mseSummary().sd()) ? 0 : r.mseSummary().sd());
        }
        chart.addSeries("test MSE", names, means, sds);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLabelRotation(20);
        return chart;
    }

    /** Validation MSE per epoch, mean over the seeds that reached the epoch. */
    static XYChart learningCurves(List<Row> rows, List<JsonNode> lines) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Validation MSE per epoch (mean over repeats; validation drawn from the training law)")
                .xAxisTitle("epoch").yAxisTitle("validation MSE (log scale)").build();
        chart.getStyler().setYAxisLogarithmic(true);
        for (Row r : rows) {
            List<JsonNode> mine = lines.stream().filter(l -> l.get("law").asText().equals(r.law())
                    && l.get("remedy").asText().equals(r.remedy())).toList();
            List<List<Double>> curve = EpochMeans.of(mine, "valid_mse");
            if (!curve.get(0).isEmpty()) {
                chart.addSeries(r.name(), curve.get(0), curve.get(1));
            }
        }
        return chart;
    }
}
