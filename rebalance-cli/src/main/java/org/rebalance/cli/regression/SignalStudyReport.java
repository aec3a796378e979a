package org.rebalance.cli.regression;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.rebalance.cli.regression.SignalStudySummary.Row;
import org.rebalance.cli.report.Html;

/**
 * The target-distribution study's report, from results only: {@code report.html} (self-contained, plots
 * inlined) and {@code report.md} with the PNGs beside it. It leads with the findings, then the table of
 * test errors over repeats, then error and mean prediction by target value, the training-target
 * histograms, the MSE bars and the learning curves.
 */
final class SignalStudyReport {
    private static final String[] HEAD = {"training", "n", "test MSE", "sd", "95% CI", "MAE", "balanced MSE", "R²",
        "baseline MSE", "best epoch"};

    private SignalStudyReport() {
    }

    /** A PNG of the report with its file name and heading. */
    record Figure(String file, String title, byte[] png) {
    }

    static void write(Path dir, SignalStudySummary s, List<JsonNode> lines) throws IOException {
        List<Figure> figures = figures(s, lines);
        for (Figure f : figures) {
            Files.write(dir.resolve(f.file()), f.png());
        }
        Files.writeString(dir.resolve("report.md"), markdown(s, figures));
        Files.writeString(dir.resolve("report.html"), html(s, figures));
    }

    private static List<Figure> figures(SignalStudySummary s, List<JsonNode> lines) throws IOException {
        List<Figure> out = new ArrayList<>();
        List<Row> plain = s.plainRows();
        if (plain.isEmpty()) {
            return out;
        }
        out.add(figure("error-by-target.png", "Test MSE by target value, per training law",
                SignalPlots.errorByTarget("Test MSE by true target (mean over repeats)", plain)));
        out.add(figure("prediction-by-target.png", "Mean prediction by target value", SignalPlots.predictionByTarget(plain)));
        out.add(figure("training-targets.png", "Training targets per bin", SignalPlots.trainingTargets(plain)));
        for (Row base : plain) {
            List<Row> family = new ArrayList<>();
            s.rows().stream().filter(r -> r.law().equals(base.law())).forEach(family::add);
            if (family.size() > 1) {
                plain.stream().filter(r -> r.law().equals(s.reference())).findFirst().ifPresent(family::add);
                String title = "Remedies on " + base.law() + ": test MSE by target value";
                out.add(figure("remedies-" + fileName(base.law()) + ".png", title,
                        SignalPlots.errorByTarget(title + " (mean over repeats)", family)));
            }
        }
        out.add(figure("mse.png", "Test MSE over repeats", SignalPlots.mseBars(s.rows())));
        out.add(figure("learning-curves.png", "Learning curves", SignalPlots.learningCurves(s.rows(), lines)));
        return out;
    }

    private static Figure figure(String file, String title, Chart<?, ?> chart) throws IOException {
        return new Figure(file, title, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
    }

    private static String fileName(String law) {
        return law.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    static String[] cells(Row r) {
        var m = r.mseSummary();
        return new String[] {r.name(), Integer.toString(m.n()), SignalStudySummary.f(m.mean()), SignalStudySummary.f(m.sd()),
            "[" + SignalStudySummary.f(m.ciLow()) + ", " + SignalStudySummary.f(m.ciHigh()) + "]",
            SignalStudySummary.f(r.maeSummary().mean()), SignalStudySummary.f(r.balancedMseSummary().mean()),
            SignalStudySummary.f(r.r2()), SignalStudySummary.f(SignalStudySummary.mean(r.baselineMse())),
            String.format(Locale.ROOT, "%.1f", r.bestEpoch())};
    }

    /** A short number for labels: integers without decimals. */
    static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    static String markdown(SignalStudySummary s, List<Figure> figures) {
        StringBuilder m = new StringBuilder("# Target-distribution study\n\n");
        for (String f : s.findings()) {
            m.append("- ").append(f).append('\n');
        }
        m.append("\n| ").append(String.join(" | ", HEAD)).append(" |\n|").append("---|".repeat(HEAD.length)).append('\n');
        for (Row r : s.rows()) {
            m.append("| ").append(String.join(" | ", cells(r))).append(" |\n");
        }
        m.append('\n').append(METHOD).append("\n");
        for (Figure f : figures) {
            m.append("\n## ").append(f.title()).append("\n\n![").append(f.title()).append("](").append(f.file()).append(")\n");
        }
        return m.toString();
    }

    static String html(SignalStudySummary s, List<Figure> figures) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">")
                .append("<title>Rebalance target-distribution study</title>").append(Html.STYLE)
                .append("</head><body><h1>Target-distribution study</h1><div class=\"verdict\"><ul>");
        for (String f : s.findings()) {
            h.append("<li>").append(Html.escape(f)).append("</li>");
        }
        h.append("</ul></div><h2>Test errors over repeats</h2><table><tr>");
        for (String head : HEAD) {
            h.append("<th>").append(Html.escape(head)).append("</th>");
        }
        h.append("</tr>");
        for (Row r : s.rows()) {
            h.append("<tr>");
            for (String c : cells(r)) {
                h.append("<td>").append(Html.escape(c)).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</table><p>").append(Html.escape(METHOD)).append("</p>");
        for (Figure f : figures) {
            h.append("<h2>").append(Html.escape(f.title())).append("</h2>");
            Html.image(h, f.title(), f.png());
        }
        return h.append("</body></html>\n").toString();
    }

    private static final String METHOD = "Every network of a seed is tested on the same test part, drawn from the test "
            + "law; each training law's remedies start from the same training and validation parts (validation drawn "
            + "from the training law: no test-law data is used for model selection). Comparisons are paired over the "
            + "seeds: Wilcoxon signed-rank tests (Apache Commons Statistics), Holm-corrected within each family. "
            + "Balanced MSE is the mean of the per-bin test MSEs; shot regions follow Yang et al. 2021 (more than 100 "
            + "training targets in the bin: many-shot, fewer than 20: few-shot). The baseline predicts the training mean.";
}
