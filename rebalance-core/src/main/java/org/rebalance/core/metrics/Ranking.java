package org.rebalance.core.metrics;

/**
 * Metrics and curves that rank binary scores instead of thresholding them, with scikit-learn's
 * definitions. Scores are grouped by distinct value, so tied scores always move together: a tied
 * positive-negative pair gets half credit in the ROC-AUC and a tie group counts as one threshold
 * in the average precision. Each call sorts the scores once, O(n log n).
 *
 * <p>Inputs: {@code truth01[i]} is 1 for a positive and 0 for a negative example; {@code scores[i]}
 * is any number but NaN, higher meaning more likely positive; both arrays have the same length.
 */
public final class Ranking {
    private Ranking() {
    }

    /**
     * Area under the ROC curve, as scikit-learn's {@code roc_auc_score}: the trapezoid rule over the
     * points (false positive rate, true positive rate) of every distinct threshold, from (0, 0) to
     * (1, 1). Equals the probability that a random positive scores above a random negative, ties
     * counting 1/2. Computed exactly in integers, then divided once.
     *
     * @return the area in [0, 1]; NaN when the truth holds only one class (scikit-learn raises)
     */
    public static double rocAuc(int[] truth01, double[] scores) {
        ThresholdCounts c = ThresholdCounts.of(truth01, scores);
        if (!c.hasBothClasses()) {
            return Double.NaN;
        }
        long twiceArea = 0;
        long previousTp = 0;
        long previousFp = 0;
        for (int i = 0; i < c.size(); i++) {
            twiceArea += (c.falsePositives[i] - previousFp) * (c.truePositives[i] + previousTp);
            previousTp = c.truePositives[i];
            previousFp = c.falsePositives[i];
        }
        return twiceArea / (2.0 * c.positives * c.negatives);
    }

    /**
     * Average precision, as scikit-learn's {@code average_precision_score}: over the distinct
     * thresholds from the highest down, {@code sum (R_n - R_(n-1)) P_n} with {@code R_0 = 0}, where
     * R_n and P_n are the recall and precision when every score {@code >= threshold n} is positive.
     * No interpolation.
     *
     * @return the value in [0, 1]; NaN when the truth holds only one class (scikit-learn returns 0
     *     with a warning when there are no positives, and 1 when there are no negatives)
     */
    public static double averagePrecision(int[] truth01, double[] scores) {
        ThresholdCounts c = ThresholdCounts.of(truth01, scores);
        if (!c.hasBothClasses()) {
            return Double.NaN;
        }
        double sum = 0;
        long previousTp = 0;
        for (int i = 0; i < c.size(); i++) {
            long tp = c.truePositives[i];
            if (tp != previousTp) {
                double precision = (double) tp / (tp + c.falsePositives[i]);
                sum += (tp - previousTp) * precision;
            }
            previousTp = tp;
        }
        return sum / c.positives;
    }

    /**
     * The ROC curve: x = false positive rate, y = true positive rate, one point per distinct score
     * plus a first point (0, 0) at threshold {@code +Infinity}; like scikit-learn's {@code roc_curve}
     * with {@code drop_intermediate=False}. A rate whose class is absent from the truth is NaN.
     */
    public static Curve rocCurve(int[] truth01, double[] scores) {
        ThresholdCounts c = ThresholdCounts.of(truth01, scores);
        int n = c.size() + 1;
        double[] fpr = new double[n];
        double[] tpr = new double[n];
        double[] thresholds = new double[n];
        thresholds[0] = Double.POSITIVE_INFINITY;
        fpr[0] = c.negatives == 0 ? Double.NaN : 0.0;
        tpr[0] = c.positives == 0 ? Double.NaN : 0.0;
        for (int i = 0; i < c.size(); i++) {
            thresholds[i + 1] = c.thresholds[i];
            fpr[i + 1] = c.negatives == 0 ? Double.NaN : (double) c.falsePositives[i] / c.negatives;
            tpr[i + 1] = c.positives == 0 ? Double.NaN : (double) c.truePositives[i] / c.positives;
        }
        return new Curve(fpr, tpr, thresholds);
    }

    /**
     * The precision-recall curve: x = recall, y = precision, one point per distinct score plus a
     * first point (recall 0, precision 1) at threshold {@code +Infinity}. These are scikit-learn's
     * {@code precision_recall_curve} points in reverse order (highest threshold first). Recall is
     * NaN when the truth has no positives.
     */
    public static Curve precisionRecallCurve(int[] truth01, double[] scores) {
        ThresholdCounts c = ThresholdCounts.of(truth01, scores);
        int n = c.size() + 1;
        double[] recall = new double[n];
        double[] precision = new double[n];
        double[] thresholds = new double[n];
        thresholds[0] = Double.POSITIVE_INFINITY;
        recall[0] = c.positives == 0 ? Double.NaN : 0.0;
        precision[0] = 1.0;
        for (int i = 0; i < c.size(); i++) {
            long tp = c.truePositives[i];
            thresholds[i + 1] = c.thresholds[i];
            recall[i + 1] = c.positives == 0 ? Double.NaN : (double) tp / c.positives;
            precision[i + 1] = (double) tp / (tp + c.falsePositives[i]);
        }
        return new Curve(recall, precision, thresholds);
    }
}
