package org.rebalance.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.rebalance.cli.experiment.AcrossDatasets;
import org.rebalance.cli.experiment.ExperimentResults;
import org.rebalance.cli.experiment.ExperimentSummary;
import org.rebalance.cli.experiment.SingleSplitTests;
import org.rebalance.core.stats.PairedComparison;
import org.rebalance.core.stats.Summary;

/**
 * The experiment report, made from results only: {@code report.html} (self-contained, the plots
 * inlined), {@code report.md} with the plots as PNG files beside it. It leads with the verdict, then
 * the table of the metric over repeats with the paired tests, McNemar's test on each split, a bar
 * chart of the means (error bars: the bootstrap 95 % interval), the mean validation learning curves per strategy, ROC and
 * precision-recall curves, and confusion-matrix heat maps. Plots are drawn with XChart.
 */
public final class ExperimentReport {
    private ExperimentReport() {
    }

    /** A PNG of the report, its file name and heading. */
    record Figure(String file, String title, byte[] png) {
    }

    /** One data set's part of the report: its summary, McNemar rows and figures. */
    record Part(String name, ExperimentSummary summary, List<SingleSplitTests.Row> mcnemar, List<Figure> figures,
            ShotTable shots) {
    }

    /** Many/medium/few-shot accuracy per strategy (multiclass only), and which classes form each group. */
    record ShotTable(String groups, List<String> strategies, List<double[]> rows) {
        static final String[] HEAD = {"strategy", "many-shot", "medium-shot", "few-shot"};

        String[] cells(int i) {
            double[] r = rows.get(i);
            return new String[] {strategies.get(i), ConsoleTables.format(r[0]), ConsoleTables.format(r[1]),
                ConsoleTables.format(r[2])};
        }
    }

    public static void write(Path dir, ExperimentResults results) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<Part> parts = new ArrayList<>();
        int index = 0;
        for (ExperimentResults.Section section : results.sections()) {
            String prefix = section.name() == null ? "" : "d" + (++index) + "-";
            parts.add(part(section, prefix));
        }
        Figure cd = null;
        if (results.across() != null && results.across().test() != null) {
            cd = new Figure("critical-difference.png", "Average ranks across data sets (critical difference)",
                    png(ExperimentPlots.criticalDifference(results.across())));
        }
        for (Part p : parts) {
            for (Figure f : p.figures()) {
                Files.write(dir.resolve(f.file()), f.png());
            }
        }
        if (cd != null) {
            Files.write(dir.resolve(cd.file()), cd.png());
        }
        Files.writeString(dir.resolve("report.md"), markdown(parts, results.across(), cd), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.html"), html(parts, results.across(), cd), StandardCharsets.UTF_8);
    }

    private static Part part(ExperimentResults.Section section, String prefix) throws IOException {
        ExperimentSummary summary = section.summary();
        List<JsonNode> lines = section.lines();
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(prefix + "metric.png", "Means", png(barChart(summary))));
        figures.add(new Figure(prefix + "learning-curves.png", "Learning curves", png(learningCurves(summary, lines))));
        List<String> strategies = summary.rows().stream().map(ExperimentSummary.Row::strategy).toList();
        if (ExperimentPlots.available(lines, strategies)) {
            figures.add(new Figure(prefix + "roc.png", "ROC curves", png(ExperimentPlots.roc(lines, strategies))));
            figures.add(new Figure(prefix + "precision-recall.png", "Precision-recall curves",
                    png(ExperimentPlots.precisionRecall(lines, strategies))));
            for (int i = 0; i < strategies.size(); i++) {
                var heat = ExperimentPlots.confusion(lines, strategies.get(i));
                if (heat != null) {
                    figures.add(new Figure(prefix + "confusion-" + (i + 1) + ".png",
                            "Confusion matrix: " + strategies.get(i) + " (test, seeds summed, % of true class)",
                            png(heat)));
                }
            }
        }
        ShotTable shots = null;
        if (PerClassPlots.available(lines)) {
            List<String> classes = new ArrayList<>();
            lines.get(0).get("classes").forEach(c -> classes.add(c.asText()));
            figures.add(new Figure(prefix + "recall-by-class.png", "Test recall per class, by training frequency",
                    png(PerClassPlots.recallByFrequency(lines, strategies, classes))));
            for (int i = 0; i < strategies.size(); i++) {
                figures.add(new Figure(prefix + "confusion-" + (i + 1) + ".png", "Confusion matrix: " + strategies.get(i)
                        + " (test, seeds summed, % of true class)",
                        png(PerClassPlots.confusionHeatMap(lines, strategies.get(i), classes))));
            }
            shots = new ShotTable(PerClassPlots.groups(lines, classes), strategies,
                    PerClassPlots.shotGroups(lines, strategies));
        }
        return new Part(section.name(), summary, SingleSplitTests.of(lines, strategies, summary.baseline()), figures,
                shots);
    }

    private static byte[] png(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) throws IOException {
        return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    }

    private static final String SHOT_NOTE = "Test accuracy of the class groups by training count (many-shot: more "
            + "than 100 training examples, medium: 20 to 100, few-shot: fewer than 20; Liu et al. 2019), the mean "
            + "recall of the group's classes with the seeds' test parts pooled.";

    private static final String MCNEMAR_NOTE = "McNemar's test on each seed's test part (one split, as a user with "
            + "one split would run it): b = examples only the strategy classifies correctly, c = only the baseline; "
            + "exact two-sided p-value.";

    static CategoryChart barChart(ExperimentSummary s) {
        CategoryChart chart = new CategoryChartBuilder().width(800).height(450)
                .title("Test " + s.metric().key() + " over repeats (mean, error bar = bootstrap 95% CI, wider side)")
                .xAxisTitle("strategy").yAxisTitle(s.metric().key()).build();
        List<String> names = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        List<Double> sds = new ArrayList<>();
        for (ExperimentSummary.Row r : s.rows()) {
            names.add(r.strategy());
            means.add(nanToZero(r.summary().mean()));
            // XChart draws symmetric bars: the wider side of the (possibly skewed) bootstrap interval
            Summary m = r.summary();
            sds.add(nanToZero(Math.max(m.mean() - m.ciLow(), m.ciHigh() - m.mean())));
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
            List<JsonNode> mine = lines.stream().filter(l -> l.get("strategy").asText().equals(r.strategy())).toList();
            List<List<Double>> curve = EpochMeans.of(mine, "valid_metric");
            if (!curve.get(0).isEmpty()) {
                chart.addSeries(r.strategy(), curve.get(0), curve.get(1));
            }
        }
        return chart;
    }

    static String markdown(List<Part> parts, AcrossDatasets across, Figure cd) {
        StringBuilder m = new StringBuilder("# Experiment report\n\n");
        if (across != null) {
            m.append(across.verdict().strip()).append("\n\n```\n").append(across.table()).append("```\n\n");
            if (cd != null) {
                m.append("![").append(cd.title()).append("](").append(cd.file()).append(")\n\n");
            }
        }
        for (Part p : parts) {
            String h = p.name() == null ? "##" : "###";
            if (p.name() != null) {
                m.append("## Data set ").append(p.name()).append("\n\n");
            }
            ExperimentSummary s = p.summary();
            m.append(s.verdict().strip()).append("\n\n");
            m.append("| strategy | n | mean | sd | 95% CI | diff vs baseline | Wilcoxon p | t-test p | Holm p "
                    + "| epochs to best | epochs run | seconds |\n");
            m.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (ExperimentSummary.Row r : s.rows()) {
                m.append("| ").append(String.join(" | ", cells(r))).append(" |\n");
            }
            if (!p.mcnemar().isEmpty()) {
                m.append("\n").append(MCNEMAR_NOTE).append("\n\n| strategy | seed | b | c | exact p |\n|---|---|---|---|---|\n");
                for (SingleSplitTests.Row r : p.mcnemar()) {
                    m.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s |%n", r.strategy(), r.seed(),
                            r.test().firstOnly(), r.test().secondOnly(), ConsoleTables.format(r.test().exactP())));
                }
            }
            if (p.shots() != null) {
                m.append("\n").append(SHOT_NOTE).append(" Groups: ").append(p.shots().groups()).append(".\n\n| ")
                        .append(String.join(" | ", ShotTable.HEAD)).append(" |\n|---|---|---|---|\n");
                for (int i = 0; i < p.shots().strategies().size(); i++) {
                    m.append("| ").append(String.join(" | ", p.shots().cells(i))).append(" |\n");
                }
            }
            for (Figure f : p.figures()) {
                m.append("\n").append(h).append(' ').append(f.title()).append("\n\n![").append(f.title()).append("](")
                        .append(f.file()).append(")\n");
            }
            m.append('\n');
        }
        return m.toString();
    }

    static String html(List<Part> parts, AcrossDatasets across, Figure cd) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Rebalance experiment report</title>")
                .append(Html.STYLE).append("</head><body><h1>Experiment report</h1>");
        if (across != null) {
            h.append("<p class=\"verdict\">").append(escape(across.verdict().strip())).append("</p>");
            h.append("<h2>Across data sets</h2><pre>").append(escape(across.table())).append("</pre>");
            if (cd != null) {
                image(h, cd);
            }
        }
        for (Part p : parts) {
            String level = p.name() == null ? "h2" : "h3";
            if (p.name() != null) {
                h.append("<h2>Data set ").append(escape(p.name())).append("</h2>");
            }
            ExperimentSummary s = p.summary();
            h.append("<p class=\"verdict\">").append(escape(s.verdict().strip())).append("</p>");
            h.append('<').append(level).append(">Test ").append(escape(s.metric().key())).append(" over repeats</")
                    .append(level).append("><table><tr>");
            for (String head : List.of("strategy", "n", "mean", "sd", "95% CI", "diff vs baseline", "Wilcoxon p",
                    "t-test p", "Holm p", "epochs to best", "epochs run", "seconds")) {
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
            if (!p.mcnemar().isEmpty()) {
                h.append('<').append(level).append(">One split at a time: McNemar</").append(level).append("><p>")
                        .append(escape(MCNEMAR_NOTE)).append("</p><table><tr>");
                for (String head : List.of("strategy", "seed", "b", "c", "exact p")) {
                    h.append("<th>").append(head).append("</th>");
                }
                h.append("</tr>");
                for (SingleSplitTests.Row r : p.mcnemar()) {
                    h.append("<tr><td>").append(escape(r.strategy())).append("</td><td>").append(r.seed())
                            .append("</td><td>").append(r.test().firstOnly()).append("</td><td>")
                            .append(r.test().secondOnly()).append("</td><td>")
                            .append(ConsoleTables.format(r.test().exactP())).append("</td></tr>");
                }
                h.append("</table>");
            }
            if (p.shots() != null) {
                h.append('<').append(level).append(">Accuracy by shot group</").append(level).append("><p>")
                        .append(escape(SHOT_NOTE + " Groups: " + p.shots().groups() + ".")).append("</p><table><tr>");
                for (String head : ShotTable.HEAD) {
                    h.append("<th>").append(head).append("</th>");
                }
                h.append("</tr>");
                for (int i = 0; i < p.shots().strategies().size(); i++) {
                    h.append("<tr>");
                    for (String c : p.shots().cells(i)) {
                        h.append("<td>").append(escape(c)).append("</td>");
                    }
                    h.append("</tr>");
                }
                h.append("</table>");
            }
            for (Figure f : p.figures()) {
                h.append('<').append(level).append('>').append(escape(f.title())).append("</").append(level).append('>');
                image(h, f);
            }
            h.append("<p>Paired over seeds: every strategy of a seed was trained and tested on the same split. ")
                    .append("Wilcoxon signed-rank and paired t-tests from Apache Commons Statistics; Holm-corrected ")
                    .append("across the comparisons with the baseline \"").append(escape(s.baseline())).append("\".</p>");
        }
        return h.append("</body></html>\n").toString();
    }

    private static void image(StringBuilder h, Figure f) {
        Html.image(h, f.title(), f.png());
    }

    private static String[] cells(ExperimentSummary.Row r) {
        Summary m = r.summary();
        PairedComparison c = r.comparison();
        return new String[] {r.strategy(), Integer.toString(m.n()), ConsoleTables.format(m.mean()),
            ConsoleTables.format(m.sd()), "[" + ConsoleTables.format(m.ciLow()) + ", " + ConsoleTables.format(m.ciHigh())
                    + "]",
            c == null ? "baseline" : String.format(Locale.ROOT, "%+.3f", c.meanDifference()),
            c == null ? "" : ConsoleTables.format(c.wilcoxonP()), c == null ? "" : ConsoleTables.format(c.tTestP()),
            c == null ? "" : ConsoleTables.format(c.holmWilcoxonP()),
            String.format(Locale.ROOT, "%.1f", r.convergence().bestEpoch()),
            String.format(Locale.ROOT, "%.1f", r.convergence().epochsRun()),
            String.format(Locale.ROOT, "%.1f", r.convergence().seconds())};
    }

    private static String escape(String s) {
        return Html.escape(s);
    }

    private static double nanToZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
