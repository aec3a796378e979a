package org.rebalance.cli.report;

import java.util.List;
import java.util.Locale;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.metrics.ConfusionMatrix;
import org.rebalance.core.metrics.Evaluation;
import org.rebalance.core.metrics.Metric;

/**
 * Plain-text tables in the style of papers on imbalanced learning: the confusion matrices of the
 * parts side by side, and the metrics of each part underneath.
 */
public final class ConsoleTables {
    /** Metrics printed under the confusion matrices, in this order. */
    public static final List<Metric> TABLE_METRICS = List.of(Metric.SENSITIVITY, Metric.SPECIFICITY,
            Metric.ACCURACY, Metric.BALANCED_ACCURACY, Metric.PRECISION, Metric.F1, Metric.MCC, Metric.G_MEAN,
            Metric.ROC_AUC, Metric.PR_AUC);

    private static final int LABEL_WIDTH = 10;

    private ConsoleTables() {
    }

    /** Confusion matrices (rows: truth, columns: prediction) and metrics of each evaluation. */
    public static String confusionAndMetrics(List<Evaluation> parts, ClassNames classes) {
        List<String> titles = new java.util.ArrayList<>();
        for (Evaluation e : parts) {
            titles.add(e.part().label());
        }
        return confusionAndMetrics(parts, classes, titles);
    }

    /** As {@link #confusionAndMetrics(List, ClassNames)} showing only the given metrics. */
    public static String confusionAndSelectedMetrics(List<Evaluation> parts, ClassNames classes, List<Metric> metrics) {
        List<String> titles = new java.util.ArrayList<>();
        for (Evaluation e : parts) {
            titles.add(e.part().label());
        }
        return table(parts, classes, titles, metrics);
    }

    /** As {@link #confusionAndMetrics(List, ClassNames)} with a title per evaluation (e.g. a file name). */
    public static String confusionAndMetrics(List<Evaluation> parts, ClassNames classes, List<String> titles) {
        return table(parts, classes, titles, TABLE_METRICS);
    }

    private static String table(List<Evaluation> parts, ClassNames classes, List<String> titles,
            List<Metric> metrics) {
        int k = classes.size();
        int cell = Math.max(8, maxNameWidth(classes) + 2);
        for (Evaluation e : parts) {
            cell = Math.max(cell, Long.toString(e.confusion().total()).length() + 2);
        }
        int block = cell * k + 3;
        StringBuilder s = new StringBuilder();
        s.append(pad("", LABEL_WIDTH));
        for (int p = 0; p < parts.size(); p++) {
            s.append(center(titles.get(p) + " (n=" + parts.get(p).confusion().total() + ")", block));
        }
        s.append('\n').append(pad("", LABEL_WIDTH));
        for (int p = 0; p < parts.size(); p++) {
            for (int c = 0; c < k; c++) {
                s.append(right("p:" + classes.name(c), cell));
            }
            s.append("   ");
        }
        s.append('\n');
        for (int t = 0; t < k; t++) {
            s.append(pad("t:" + classes.name(t), LABEL_WIDTH));
            for (Evaluation e : parts) {
                ConfusionMatrix m = e.confusion();
                for (int c = 0; c < k; c++) {
                    s.append(right(Long.toString(m.count(t, c)), cell));
                }
                s.append("   ");
            }
            s.append('\n');
        }
        for (Metric metric : metrics) {
            s.append(pad(metric.displayName(), LABEL_WIDTH));
            for (Evaluation e : parts) {
                s.append(right(format(e.get(metric)), cell * k)).append("   ");
            }
            s.append('\n');
        }
        return s.toString();
    }

    /**
     * Per-class precision, recall (sensitivity), F1 and support of one evaluation, then the macro and
     * support-weighted averages: the multiclass report.
     */
    public static String perClass(Evaluation e, ClassNames classes) {
        ConfusionMatrix m = e.confusion();
        int width = Math.max(10, maxNameWidth(classes) + 2);
        StringBuilder s = new StringBuilder();
        s.append(pad(e.part().label() + " by class", width)).append(String.format(java.util.Locale.ROOT,
                "%9s %9s %9s %9s%n", "Prec", "Recall", "F1", "support"));
        double[] weighted = new double[3];
        double total = 0;
        for (int c = 0; c < classes.size(); c++) {
            double p = org.rebalance.core.metrics.MulticlassMetrics.precision(m, c);
            double r = org.rebalance.core.metrics.MulticlassMetrics.recall(m, c);
            double f = org.rebalance.core.metrics.MulticlassMetrics.f1(m, c);
            long support = m.rowTotal(c);
            s.append(pad(classes.name(c), width)).append(String.format(java.util.Locale.ROOT, "%9s %9s %9s %9d%n",
                    format(p), format(r), format(f), support));
            weighted[0] += support * p;
            weighted[1] += support * r;
            weighted[2] += support * f;
            total += support;
        }
        s.append(pad("macro", width)).append(String.format(java.util.Locale.ROOT, "%9s %9s %9s%n",
                format(e.get(Metric.PRECISION)), format(e.get(Metric.SENSITIVITY)), format(e.get(Metric.F1))));
        s.append(pad("weighted", width)).append(String.format(java.util.Locale.ROOT, "%9s %9s %9s%n",
                format(weighted[0] / total), format(weighted[1] / total), format(weighted[2] / total)));
        return s.toString();
    }

    /** A number with three decimals, or "n/a" for NaN. */
    public static String format(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }

    static String right(String text, int width) {
        return text.length() >= width ? " " + text : " ".repeat(width - text.length()) + text;
    }

    static String center(String text, int width) {
        if (text.length() >= width) {
            return text + " ";
        }
        int left = (width - text.length()) / 2;
        return " ".repeat(left) + text + " ".repeat(width - text.length() - left);
    }

    private static int maxNameWidth(ClassNames classes) {
        int w = 0;
        for (String n : classes.names()) {
            w = Math.max(w, n.length() + 2);
        }
        return w;
    }
}
