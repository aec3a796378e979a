package org.rebalance.core.metrics;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Part;

/**
 * The metrics of one model on one part of the data, with the confusion matrix they came from.
 * Values may be NaN where a metric is undefined (for example ROC-AUC when the part holds one class
 * only). {@link Metric#LOSS} is present only after {@link #withLoss(double)}.
 *
 * @param part the part that was scored
 * @param confusion counts of (true, predicted) classes
 * @param values metric values; copied into an unmodifiable map in {@link Metric} order
 */
public record Evaluation(Part part, ConfusionMatrix confusion, Map<Metric, Double> values) {
    public Evaluation {
        if (part == null || confusion == null || values == null) {
            throw new IllegalArgumentException("part, confusion and values must not be null");
        }
        EnumMap<Metric, Double> copy = new EnumMap<>(Metric.class);
        for (Map.Entry<Metric, Double> e : values.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new IllegalArgumentException("metric values must not contain null: " + values);
            }
            copy.put(e.getKey(), e.getValue());
        }
        values = Collections.unmodifiableMap(copy);
    }

    /**
     * Evaluates binary scores: predictions come from the threshold, ranking metrics from the raw
     * scores. Computes every metric except {@link Metric#LOSS}, with class 1 as the positive class.
     *
     * @param truth two classes, same size as the scores
     */
    public static Evaluation binary(Part part, ClassTarget truth, BinaryScores scores, Threshold threshold) {
        return binary(part, truth, scores, scores.predict(threshold));
    }

    /**
     * Evaluates binary scores with predictions made elsewhere (e.g. by another tool): the confusion
     * matrix and threshold metrics come from {@code predicted}, ROC-AUC and PR-AUC from the scores.
     */
    public static Evaluation binary(Part part, ClassTarget truth, BinaryScores scores, int[] predicted) {
        if (truth.classCount() != 2) {
            throw new IllegalArgumentException("binary scores need a target with 2 classes, got "
                    + truth.classCount() + " " + truth.classes());
        }
        checkSizes(truth, scores);
        int[] labels = truth.labels();
        ConfusionMatrix m = ConfusionMatrix.of(labels, predicted, 2);
        EnumMap<Metric, Double> v = new EnumMap<>(Metric.class);
        v.put(Metric.SENSITIVITY, BinaryMetrics.sensitivity(m));
        v.put(Metric.SPECIFICITY, BinaryMetrics.specificity(m));
        v.put(Metric.PRECISION, BinaryMetrics.precision(m));
        v.put(Metric.F1, BinaryMetrics.f1(m));
        v.put(Metric.ACCURACY, BinaryMetrics.accuracy(m));
        v.put(Metric.BALANCED_ACCURACY, BinaryMetrics.balancedAccuracy(m));
        v.put(Metric.MCC, BinaryMetrics.mcc(m));
        v.put(Metric.G_MEAN, BinaryMetrics.gMean(m));
        v.put(Metric.ROC_AUC, Ranking.rocAuc(labels, scores.positive()));
        v.put(Metric.PR_AUC, Ranking.averagePrecision(labels, scores.positive()));
        return new Evaluation(part, m, v);
    }

    /**
     * Evaluates class probabilities: predictions are the argmax; SENSITIVITY, SPECIFICITY, PRECISION
     * and F1 are macro averages over all classes, G_MEAN the geometric mean of the per-class recalls,
     * ROC_AUC and PR_AUC macro one-vs-rest (NaN when a class is absent from the truth). See
     * {@link MulticlassMetrics}. Computes every metric except {@link Metric#LOSS}.
     *
     * @param truth same size as the scores, with as many classes as the scores have columns
     */
    public static Evaluation multiclass(Part part, ClassTarget truth, MulticlassScores scores) {
        return multiclass(part, truth, scores, scores.argmax());
    }

    /** Evaluates class probabilities with predictions made elsewhere instead of the argmax. */
    public static Evaluation multiclass(Part part, ClassTarget truth, MulticlassScores scores, int[] predicted) {
        checkSizes(truth, scores);
        int k = truth.classCount();
        if (scores.size() > 0 && scores.classes() != k) {
            throw new IllegalArgumentException("scores have " + scores.classes() + " columns but the target has "
                    + k + " classes " + truth.classes());
        }
        int[] labels = truth.labels();
        ConfusionMatrix m = ConfusionMatrix.of(labels, predicted, k);
        EnumMap<Metric, Double> v = new EnumMap<>(Metric.class);
        v.put(Metric.SENSITIVITY, MulticlassMetrics.macroRecall(m));
        v.put(Metric.SPECIFICITY, MulticlassMetrics.macroSpecificity(m));
        v.put(Metric.PRECISION, MulticlassMetrics.macroPrecision(m));
        v.put(Metric.F1, MulticlassMetrics.macroF1(m));
        v.put(Metric.ACCURACY, MulticlassMetrics.accuracy(m));
        v.put(Metric.BALANCED_ACCURACY, MulticlassMetrics.balancedAccuracy(m));
        v.put(Metric.MCC, MulticlassMetrics.mcc(m));
        v.put(Metric.G_MEAN, MulticlassMetrics.gMean(m));
        v.put(Metric.ROC_AUC, MulticlassMetrics.rocAucOvr(labels, scores));
        v.put(Metric.PR_AUC, MulticlassMetrics.averagePrecisionOvr(labels, scores));
        return new Evaluation(part, m, v);
    }

    /**
     * Evaluates either kind of scores: {@link #binary} for {@link BinaryScores} (using the threshold),
     * {@link #multiclass} for {@link MulticlassScores} (the threshold is not used).
     */
    public static Evaluation of(Part part, ClassTarget truth, Scores scores, Threshold threshold) {
        if (scores instanceof BinaryScores b) {
            return binary(part, truth, b, threshold);
        } else if (scores instanceof MulticlassScores m) {
            return multiclass(part, truth, m);
        }
        throw new AssertionError(scores);
    }

    private static void checkSizes(ClassTarget truth, Scores scores) {
        if (truth.size() != scores.size()) {
            throw new IllegalArgumentException("truth has " + truth.size() + " labels but there are "
                    + scores.size() + " scores");
        }
    }

    /** Whether this evaluation holds a value for the metric. */
    public boolean has(Metric metric) {
        return values.containsKey(metric);
    }

    /**
     * The value of a metric (possibly NaN).
     *
     * @throws IllegalArgumentException when the metric was not computed (LOSS before {@link #withLoss})
     */
    public double get(Metric metric) {
        Double v = values.get(metric);
        if (v == null) {
            throw new IllegalArgumentException("metric " + metric.key() + " was not computed for the "
                    + part.label() + " part");
        }
        return v;
    }

    /** A copy of this evaluation with {@link Metric#LOSS} set to the given value. */
    public Evaluation withLoss(double loss) {
        EnumMap<Metric, Double> v = new EnumMap<>(Metric.class);
        v.putAll(values);
        v.put(Metric.LOSS, loss);
        return new Evaluation(part, confusion, v);
    }
}
