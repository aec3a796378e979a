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
import org.rebalance.cli.experiment.SingleSplitTests;
import org.rebalance.core.stats.PairedComparison;
import org.rebalance.core.stats.Summary;

/**
 * The experiment report, made from results only: {@code report.html} (self-contained, the plots
 * inlined), {@code report.md} with the plots as PNG files beside it. It leads with the verdict, then
 * the table of the metric over repeats with the paired tests, McNemar's test on each split, a bar
 * chart of the means (error bars: one SD), the mean validation learning curves per strategy, ROC and
 * precision-recall curves, and confusion-matrix heat maps. Plots are drawn with XChart.
 */
public final class ExperimentReport {
    private ExperimentReport() {
    }

    /** A PNG of the report, its file name and heading. */
    record Figure(String file, String title, byte[] png) {
    }

    public static void write(Path dir, ExperimentSummary summary, List<JsonNode> lines) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("metric.png", "Means", png(barChart(summary))));
        figures.add(new Figure("learning-curves.png", "Learning curves", png(learningCurves(summary, lines))));
        List<String> strategies = summary.rows().stream().map(ExperimentSummary.Row::strategy).toList();
        if (ExperimentPlots.available(lines, strategies)) {
            figures.add(new Figure("roc.png", "ROC curves", png(ExperimentPlots.roc(lines, strategies))));
            figures.add(new Figure("precision-recall.png", "Precision-recall curves",
                    png(ExperimentPlots.precisionRecall(lines, strategies))));
            for (int i = 0; i < strategies.size(); i++) {
                var heat = ExperimentPlots.confusion(lines, strategies.get(i));
                if (heat != null) {
                    figures.add(new Figure("confusion-" + (i + 1) + ".png",
                            "Confusion matrix: " + strategies.get(i) + " (test, seeds summed, % of true class)",
                            png(heat)));
                }
            }
        }
        List<SingleSplitTests.Row> mcnemar = SingleSplitTests.of(lines, strategies, summary.baseline());
        for (Figure f : figures) {
            Files.write(dir.resolve(f.file()), f.png());
        }
        Files.writeString(dir.resolve("report.md"), markdown(summary, figures, mcnemar), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.html"), html(summary, figures, mcnemar), StandardCharsets.UTF_8);
    }

    private static byte[] png(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) throws IOException {
        return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    }

    private static final String MCNEMAR_NOTE = "McNemar's test on each seed's test part (one split, as a user with "
            + "one split would run it): b = examples only the strategy classifies correctly, c = only the baseline; "
            + "exact two-sided p-value.";

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

    static String markdown(ExperimentSummary s, List<Figure> figures, List<SingleSplitTests.Row> mcnemar) {
        StringBuilder m = new StringBuilder("# Experiment report\n\n");
        m.append(s.verdict().strip()).append("\n\n");
        m.append("| strategy | n | mean | sd | 95% CI | diff vs baseline | Wilcoxon p | t-test p | Holm p |\n");
        m.append("|---|---|---|---|---|---|---|---|---|\n");
        for (ExperimentSummary.Row r : s.rows()) {
            String[] c = cells(r);
            m.append("| ").append(String.join(" | ", c)).append(" |\n");
        }
        if (!mcnemar.isEmpty()) {
            m.append("\n").append(MCNEMAR_NOTE).append("\n\n| strategy | seed | b | c | exact p |\n|---|---|---|---|---|\n");
            for (SingleSplitTests.Row r : mcnemar) {
                m.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s |%n", r.strategy(), r.seed(),
                        r.test().firstOnly(), r.test().secondOnly(), ConsoleTables.format(r.test().exactP())));
            }
        }
        for (Figure f : figures) {
            m.append("\n## ").append(f.title()).append("\n\n![").append(f.title()).append("](").append(f.file())
                    .append(")\n");
        }
        return m.toString();
    }

    static String html(ExperimentSummary s, List<Figure> figures, List<SingleSplitTests.Row> mcnemar) {
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
        if (!mcnemar.isEmpty()) {
            h.append("<h2>One split at a time: McNemar</h2><p>").append(escape(MCNEMAR_NOTE)).append("</p><table><tr>");
            for (String head : List.of("strategy", "seed", "b", "c", "exact p")) {
                h.append("<th>").append(head).append("</th>");
            }
            h.append("</tr>");
            for (SingleSplitTests.Row r : mcnemar) {
                h.append("<tr><td>").append(escape(r.strategy())).append("</td><td>").append(r.seed()).append("</td><td>")
                        .append(r.test().firstOnly()).append("</td><td>").append(r.test().secondOnly()).append("</td><td>")
                        .append(ConsoleTables.format(r.test().exactP())).append("</td></tr>");
            }
            h.append("</table>");
        }
        for (Figure f : figures) {
            h.append("<h2>").append(escape(f.title())).append("</h2><img alt=\"").append(escape(f.title()))
                    .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(f.png()))
                    .append("\">");
        }
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
