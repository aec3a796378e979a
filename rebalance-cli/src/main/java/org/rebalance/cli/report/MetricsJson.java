package org.rebalance.cli.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.metrics.ConfusionMatrix;
import org.rebalance.core.metrics.Evaluation;
import org.rebalance.core.metrics.Metric;
import org.rebalance.core.metrics.MulticlassMetrics;

/**
 * Evaluations as JSON-ready maps with stable keys ({@code accuracy}, {@code balanced_accuracy},
 * {@code precision}, {@code recall}, {@code specificity}, {@code f1}, {@code mcc}, {@code g_mean},
 * {@code roc_auc}, {@code average_precision}, {@code confusion_matrix}, ...). NaN becomes null.
 */
public final class MetricsJson {
    private MetricsJson() {
    }

    public static Map<String, Object> of(Evaluation e, ClassNames classes) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("n", e.confusion().total());
        for (Metric m : Metric.values()) {
            if (e.has(m)) {
                out.put(m.key(), number(e.get(m)));
            }
        }
        out.put("confusion_matrix", e.confusion().toArray());
        if (classes.size() > 2) {
            out.put("per_class", perClass(e.confusion(), classes));
            out.put("weighted", weighted(e.confusion(), classes));
        }
        return out;
    }

    /** Per-class one-vs-rest precision, recall, F1, specificity and support. */
    static Map<String, Object> perClass(ConfusionMatrix m, ClassNames classes) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int c = 0; c < classes.size(); c++) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("precision", number(MulticlassMetrics.precision(m, c)));
            v.put("recall", number(MulticlassMetrics.recall(m, c)));
            v.put("f1", number(MulticlassMetrics.f1(m, c)));
            v.put("specificity", number(MulticlassMetrics.specificity(m, c)));
            v.put("support", m.rowTotal(c));
            out.put(classes.name(c), v);
        }
        return out;
    }

    /** Support-weighted precision, recall and F1 (scikit-learn's average="weighted"). */
    static Map<String, Object> weighted(ConfusionMatrix m, ClassNames classes) {
        double precision = 0;
        double recall = 0;
        double f1 = 0;
        double total = 0;
        for (int c = 0; c < classes.size(); c++) {
            double support = m.rowTotal(c);
            precision += support * MulticlassMetrics.precision(m, c);
            recall += support * MulticlassMetrics.recall(m, c);
            f1 += support * MulticlassMetrics.f1(m, c);
            total += support;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("precision", number(precision / total));
        out.put("recall", number(recall / total));
        out.put("f1", number(f1 / total));
        return out;
    }

    /** The value, or null for NaN and infinities (JSON has no NaN). */
    public static Object number(double v) {
        return Double.isFinite(v) ? v : null;
    }

    public static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (Metric m : Metric.values()) {
            keys.add(m.key());
        }
        return keys;
    }
}
