package org.rebalance.core.metrics;

/**
 * Threshold metrics of a binary classifier, computed from a 2 x 2 {@link ConfusionMatrix} in which
 * class 1 is the positive class: TP = count(1, 1), FN = count(1, 0), FP = count(0, 1),
 * TN = count(0, 0). Definitions and degenerate cases follow scikit-learn with
 * {@code zero_division=0}; each method states its own.
 */
public final class BinaryMetrics {
    private static final int POSITIVE = 1;
    private static final int NEGATIVE = 0;

    private BinaryMetrics() {
    }

    /** Recall of the positive class, TP / (TP + FN); 0 when the truth has no positives. */
    public static double sensitivity(ConfusionMatrix m) {
        return MulticlassMetrics.recall(binary(m), POSITIVE);
    }

    /** Recall of the negative class, TN / (TN + FP); 0 when the truth has no negatives. */
    public static double specificity(ConfusionMatrix m) {
        return MulticlassMetrics.recall(binary(m), NEGATIVE);
    }

    /** TP / (TP + FP); 0 when nothing is predicted positive. */
    public static double precision(ConfusionMatrix m) {
        return MulticlassMetrics.precision(binary(m), POSITIVE);
    }

    /**
     * 2 TP / (2 TP + FP + FN), the harmonic mean of precision and recall; 0 when precision + recall
     * is 0 (which covers TP = FP = FN = 0).
     */
    public static double f1(ConfusionMatrix m) {
        return MulticlassMetrics.f1(binary(m), POSITIVE);
    }

    /** (TP + TN) / n; NaN when the matrix is empty. */
    public static double accuracy(ConfusionMatrix m) {
        return MulticlassMetrics.accuracy(binary(m));
    }

    /**
     * (sensitivity + specificity) / 2 when both classes occur in the truth. Like scikit-learn's
     * {@code balanced_accuracy_score}, a class absent from the truth is left out of the mean: with
     * positives only it is the sensitivity, with negatives only the specificity; NaN when empty.
     */
    public static double balancedAccuracy(ConfusionMatrix m) {
        return MulticlassMetrics.balancedAccuracy(binary(m));
    }

    /**
     * Matthews correlation coefficient, (TP TN - FP FN) / sqrt((TP+FP)(TP+FN)(TN+FP)(TN+FN)), in
     * [-1, 1]; 0 when any of the four sums is 0 (scikit-learn's convention). Computed in doubles, so
     * the products cannot overflow.
     */
    public static double mcc(ConfusionMatrix m) {
        binary(m);
        double tp = m.truePositives(POSITIVE);
        double tn = m.trueNegatives(POSITIVE);
        double fp = m.falsePositives(POSITIVE);
        double fn = m.falseNegatives(POSITIVE);
        double predictedPositive = tp + fp;
        double actualPositive = tp + fn;
        double actualNegative = tn + fp;
        double predictedNegative = tn + fn;
        if (predictedPositive == 0 || actualPositive == 0 || actualNegative == 0 || predictedNegative == 0) {
            return 0.0;
        }
        return (tp * tn - fp * fn)
                / Math.sqrt(predictedPositive * actualPositive * actualNegative * predictedNegative);
    }

    /**
     * sqrt(sensitivity x specificity), imbalanced-learn's {@code geometric_mean_score} for two classes;
     * 0 when either is 0, including when the truth holds one class only.
     */
    public static double gMean(ConfusionMatrix m) {
        return Math.sqrt(sensitivity(m) * specificity(m));
    }

    private static ConfusionMatrix binary(ConfusionMatrix m) {
        if (m.classes() != 2) {
            throw new IllegalArgumentException("binary metrics need a 2 x 2 confusion matrix, got "
                    + m.classes() + " x " + m.classes());
        }
        return m;
    }
}
