package org.rebalance.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.rebalance.cli.experiment.ExperimentSummary;
import org.rebalance.core.stats.PairedComparison;
import org.rebalance.core.stats.Summary;

/**
 * The experiment report, made from results only: {@code report.html} (self-contained, the plots
 * inlined), {@code report.md} with the plots as PNG files beside it. It leads with the verdict, then
 * the table of the metric over repeats with the paired tests, a bar chart of the means (error bars:
 * one SD) and the mean validation learning curves per strategy. Plots are drawn with XChart.
 */
public final class ExperimentReport {
    private ExperimentReport() {
    }

    public static void write(Path dir, ExperimentSummary summary, List<JsonNode> lines) throws IOException {
        System.setProperty("java.awt.headless", "true");
        byte[] bars = BitmapEncoder.getBitmapBytes(barChart(summary), BitmapEncoder.BitmapFormat.PNG);
        byte[] curves = BitmapEncoder.getBitmapBytes(learningCurves(summary, lines), BitmapEncoder.BitmapFormat.PNG);
        Files.write(dir.resolve("metric.png"), bars);
        Files.write(dir.resolve("learning-curves.png"), curves);
        Files.writeString(dir.resolve("report.md"), markdown(summary), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.html"), html(summary, bars, curves), StandardCharsets.UTF_8);
    }

    static CategoryChart barChart(ExperimentSummary s) {
        CategoryChart chart = new CategoryChartBuilder().width(800).height(450)
                .title("Test " + s.metric().key() + " over repeats (mean, error bar = 1 SD)")
                .xAxisTitle("strategy").yAxisTitle(s.metric().key()).build();
        List<String> names = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        List<Double> sds = new ArrayList<>();
        for (ExperimentSummary.Row r : s.rows()) {
            names.add(r.strategy());
            means.add(nanToZero(r.summary().mean()));
            sds.add(nanToZero(r.summary().sd()));
        }
        chart.addSeries(s.metric().key(), names, means, sds);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLabelRotation(20);
        return chart;
    }

    static XYChart learningCurves(ExperimentSummary s, List<JsonNode> lines) {
        XYChart chart = new XYChartBuilder().width(800).height(450)
                .title("Validation selection metric per epoch (mean over repeats)")
                .xAxisTitle("epoch").yAxisTitle("validation metric").build();
        for (ExperimentSummary.Row r : s.rows()) {
            double[] sum = new double[0];
            int[] count = new int[0];
            for (JsonNode line : lines) {
                if (!line.get("strategy").asText().equals(r.strategy()) || !line.has("history")) {
                    continue;
                }
                JsonNode h = line.get("history");
                if (h.size() > sum.length) {
                    sum = java.util.Arrays.copyOf(sum, h.size());
                    count = java.util.Arrays.copyOf(count, h.size());
                }
                for (int e = 0; e < h.size(); e++) {
                    JsonNode v = h.get(e).get("valid_metric");
                    if (v != null && !v.isNull()) {
                        sum[e] += v.asDouble();
                        count[e]++;
                    }
                }
            }
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int e = 0; e < sum.length; e++) {
                if (count[e] > 0) {
                    x.add(e + 1.0);
                    y.add(sum[e] / count[e]);
                }
            }
            if (!x.isEmpty()) {
                chart.addSeries(r.strategy(), x, y);
            }
        }
        return chart;
    }

    static String markdown(ExperimentSummary s) {
        StringBuilder m = new StringBuilder("# Experiment report\n\n");
        m.append(s.verdict().strip()).append("\n\n");
        m.append("| strategy | n | mean | sd | 95% CI | diff vs baseline | Wilcoxon p | t-test p | Holm p |\n");
        m.append("|---|---|---|---|---|---|---|---|---|\n");
        for (ExperimentSummary.Row r : s.rows()) {
            String[] c = cells(r);
            m.append("| ").append(String.join(" | ", c)).append(" |\n");
        }
        m.append("\n![metric](metric.png)\n\n![learning curves](learning-curves.png)\n");
        return m.toString();
    }

    static String html(ExperimentSummary s, byte[] bars, byte[] curves) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Rebalance experiment report</title>")
                .append("<style>body{font-family:sans-serif;margin:2em;max-width:60em}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th{background:#f3f3f3}")
                .append("td:first-child{text-align:left}.verdict{font-size:1.2em;background:#eef6ee;padding:1em}")
                .append("</style></head><body><h1>Experiment report</h1>");
        h.append("<p class=\"verdict\">").append(escape(s.verdict().strip())).append("</p>");
        h.append("<h2>Test ").append(escape(s.metric().key())).append(" over repeats</h2><table><tr>");
        for (String head : List.of("strategy", "n", "mean", "sd", "95% CI", "diff vs baseline", "Wilcoxon p",
                "t-test p", "Holm p")) {
            h.append("<th>").append(escape(head)).append("</th>");
        }
        h.append("</tr>");
        for (ExperimentSummary.Row r : s.rows()) {
            h.append("<tr>");
            for (String c : cells(r)) {
                h.append("<td>").append(escape(c)).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</table>");
        h.append("<h2>Means</h2><img alt=\"metric\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(bars)).append("\">");
        h.append("<h2>Learning curves</h2><img alt=\"learning curves\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(curves)).append("\">");
        h.append("<p>Paired over seeds: every strategy of a seed was trained and tested on the same split. ")
                .append("Wilcoxon signed-rank and paired t-tests from Apache Commons Statistics; Holm-corrected ")
                .append("across the comparisons with the baseline \"").append(escape(s.baseline())).append("\".</p>");
        return h.append("</body></html>\n").toString();
    }

    private static String[] cells(ExperimentSummary.Row r) {
        Summary m = r.summary();
        PairedComparison c = r.comparison();
        return new String[] {r.strategy(), Integer.toString(m.n()), ConsoleTables.format(m.mean()),
            ConsoleTables.format(m.sd()), "[" + ConsoleTables.format(m.ciLow()) + ", " + ConsoleTables.format(m.ciHigh())
                    + "]",
            c == null ? "baseline" : String.format(Locale.ROOT, "%+.3f", c.meanDifference()),
            c == null ? "" : ConsoleTables.format(c.wilcoxonP()), c == null ? "" : ConsoleTables.format(c.tTestP()),
            c == null ? "" : ConsoleTables.format(c.holmWilcoxonP())};
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static double nanToZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
