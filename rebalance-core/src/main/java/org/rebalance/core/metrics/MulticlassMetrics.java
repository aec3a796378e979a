package org.rebalance.core.metrics;

/**
 * Metrics of a k-class classifier, following scikit-learn with {@code zero_division=0}.
 *
 * <p>Per-class values treat class {@code c} as positive and every other class as negative
 * (one-vs-rest). Macro averages are unweighted means over <em>all</em> k classes, as scikit-learn
 * computes them when given {@code labels=range(k)}: a class absent from both the truth and the
 * predictions counts with precision, recall and F1 of 0. Balanced accuracy is the exception: like
 * {@code balanced_accuracy_score} it averages recall over the classes present in the truth only.
 */
public final class MulticlassMetrics {
    private MulticlassMetrics() {
    }

    /** Precision of class {@code c}: TP / (TP + FP); 0 when nothing is predicted as {@code c}. */
    public static double precision(ConfusionMatrix m, int c) {
        return Fractions.orZero(m.truePositives(c), m.columnTotal(c));
    }

    /** Recall of class {@code c}: TP / (TP + FN); 0 when class {@code c} is absent from the truth. */
    public static double recall(ConfusionMatrix m, int c) {
        return Fractions.orZero(m.truePositives(c), m.rowTotal(c));
    }

    /**
     * F1 of class {@code c}: 2 TP / (2 TP + FP + FN), which equals the harmonic mean of precision and
     * recall whenever both are defined; 0 when TP = FP = FN = 0 (and so whenever precision + recall
     * is 0).
     */
    public static double f1(ConfusionMatrix m, int c) {
        return Fractions.orZero(2 * m.truePositives(c), m.rowTotal(c) + m.columnTotal(c));
    }

    /** Specificity of class {@code c}: TN / (TN + FP); 0 when every example is of class {@code c}. */
    public static double specificity(ConfusionMatrix m, int c) {
        return Fractions.orZero(m.trueNegatives(c), m.total() - m.rowTotal(c));
    }

    /** Unweighted mean of {@link #precision(ConfusionMatrix, int)} over all classes. */
    public static double macroPrecision(ConfusionMatrix m) {
        double sum = 0;
        for (int c = 0; c < m.classes(); c++) {
            sum += precision(m, c);
        }
        return sum / m.classes();
    }

    /** Unweighted mean of {@link #recall(ConfusionMatrix, int)} over all classes. */
    public static double macroRecall(ConfusionMatrix m) {
        double sum = 0;
        for (int c = 0; c < m.classes(); c++) {
            sum += recall(m, c);
        }
        return sum / m.classes();
    }

    /** Unweighted mean of the per-class {@link #f1(ConfusionMatrix, int) F1} (not F1 of the macro means). */
    public static double macroF1(ConfusionMatrix m) {
        double sum = 0;
        for (int c = 0; c < m.classes(); c++) {
            sum += f1(m, c);
        }
        return sum / m.classes();
    }

    /** Unweighted mean of {@link #specificity(ConfusionMatrix, int)} over all classes. */
    public static double macroSpecificity(ConfusionMatrix m) {
        double sum = 0;
        for (int c = 0; c < m.classes(); c++) {
            sum += specificity(m, c);
        }
        return sum / m.classes();
    }

    /** Fraction of examples on the diagonal; NaN for an empty matrix. */
    public static double accuracy(ConfusionMatrix m) {
        return m.total() == 0 ? Double.NaN : (double) m.correct() / m.total();
    }

    /**
     * Mean recall over the classes present in the truth, exactly scikit-learn's
     * {@code balanced_accuracy_score}: classes that are only predicted are left out of the mean. Equals
     * {@link #macroRecall(ConfusionMatrix)} when every class occurs in the truth. NaN for an empty
     * matrix.
     */
    public static double balancedAccuracy(ConfusionMatrix m) {
        double sum = 0;
        int present = 0;
        for (int c = 0; c < m.classes(); c++) {
            if (m.rowTotal(c) > 0) {
                sum += recall(m, c);
                present++;
            }
        }
        return present == 0 ? Double.NaN : sum / present;
    }

    /**
     * Matthews correlation coefficient for k classes (Gorodkin 2004, "Comparing two K-category
     * assignments by a K-category correlation coefficient"), as in scikit-learn's
     * {@code matthews_corrcoef}: with n examples, c correct, t_j true and p_j predicted counts of
     * class j, {@code (c n - sum t_j p_j) / sqrt((n^2 - sum p_j^2)(n^2 - sum t_j^2))}. 0 when either
     * factor under the root is 0, i.e. when the truth or the predictions hold one class only. For
     * k = 2 this is the usual binary MCC. Computed in doubles, exact for n up to about 9e7.
     */
    public static double mcc(ConfusionMatrix m) {
        double n = m.total();
        double tp = 0;
        double tt = 0;
        double pp = 0;
        for (int j = 0; j < m.classes(); j++) {
            double t = m.rowTotal(j);
            double p = m.columnTotal(j);
            tp += t * p;
            tt += t * t;
            pp += p * p;
        }
        double covTruePredicted = m.correct() * n - tp;
        double covPredicted = n * n - pp;
        double covTrue = n * n - tt;
        if (covPredicted * covTrue == 0) {
            return 0.0;
        }
        return covTruePredicted / Math.sqrt(covTrue * covPredicted);
    }

    /**
     * Geometric mean of the per-class recalls over all classes (imbalanced-learn's
     * {@code geometric_mean_score} with every class listed); 0 as soon as one class has recall 0,
     * including a class absent from the truth.
     */
    public static double gMean(ConfusionMatrix m) {
        double logSum = 0;
        for (int c = 0; c < m.classes(); c++) {
            double r = recall(m, c);
            if (r == 0) {
                return 0.0;
            }
            logSum += Math.log(r);
        }
        return Math.exp(logSum / m.classes());
    }

    /**
     * Macro one-vs-rest ROC-AUC, as scikit-learn's {@code roc_auc_score(y, P, multi_class="ovr",
     * average="macro")}: the unweighted mean over classes c of {@link Ranking#rocAuc} of "is class c"
     * against column c. NaN when some class is absent from the truth (scikit-learn raises), or when
     * there are no examples.
     *
     * @param truth class of each example, in [0, k)
     * @param scores n x k probabilities, same n as truth
     */
    public static double rocAucOvr(int[] truth, MulticlassScores scores) {
        return macroOverClasses(truth, scores, true);
    }

    /**
     * Macro one-vs-rest average precision, as scikit-learn's {@code average_precision_score(y, P,
     * average="macro")} for a multiclass y: the unweighted mean over classes c of
     * {@link Ranking#averagePrecision}. NaN when some class is absent from the truth or there are no
     * examples.
     */
    public static double averagePrecisionOvr(int[] truth, MulticlassScores scores) {
        return macroOverClasses(truth, scores, false);
    }

    private static double macroOverClasses(int[] truth, MulticlassScores scores, boolean roc) {
        if (truth.length != scores.size()) {
            throw new IllegalArgumentException("truth has " + truth.length + " labels but scores have "
                    + scores.size() + " rows");
        }
        int k = scores.classes();
        if (truth.length == 0) {
            return Double.NaN;
        }
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] < 0 || truth[i] >= k) {
                throw new IllegalArgumentException("label " + truth[i] + " at index " + i
                        + " is outside [0, " + k + ")");
            }
        }
        double sum = 0;
        int[] isClass = new int[truth.length];
        for (int c = 0; c < k; c++) {
            for (int i = 0; i < truth.length; i++) {
                isClass[i] = truth[i] == c ? 1 : 0;
            }
            double[] column = scores.column(c);
            sum += roc ? Ranking.rocAuc(isClass, column) : Ranking.averagePrecision(isClass, column);
        }
        return sum / k;
    }
}
