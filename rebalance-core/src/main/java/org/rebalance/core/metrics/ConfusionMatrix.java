package org.rebalance.core.metrics;

import java.util.Arrays;

/**
 * Counts of (true class, predicted class) pairs for k classes, laid out like scikit-learn's
 * {@code confusion_matrix}: row = true class, column = predicted class. Immutable.
 *
 * <p>The one-vs-rest counts of a class {@code c} are: true positives = {@code count(c, c)}, false
 * positives = rest of column {@code c}, false negatives = rest of row {@code c}, true negatives =
 * everything else.
 */
public final class ConfusionMatrix {
    private final long[][] counts;
    private final long[] rowTotals;
    private final long[] columnTotals;
    private final long total;

    private ConfusionMatrix(long[][] counts) {
        int k = counts.length;
        this.counts = counts;
        this.rowTotals = new long[k];
        this.columnTotals = new long[k];
        long sum = 0;
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) {
                rowTotals[t] += counts[t][p];
                columnTotals[p] += counts[t][p];
                sum += counts[t][p];
            }
        }
        this.total = sum;
    }

    /**
     * Counts the pairs {@code (truth[i], predicted[i])}.
     *
     * @param truth true class of each example, in [0, classes)
     * @param predicted predicted class of each example, in [0, classes); same length as truth
     * @param classes number of classes k, at least 1
     */
    public static ConfusionMatrix of(int[] truth, int[] predicted, int classes) {
        if (classes < 1) {
            throw new IllegalArgumentException("a confusion matrix needs at least 1 class, got " + classes);
        }
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException("truth has " + truth.length + " labels but predicted has "
                    + predicted.length);
        }
        long[][] counts = new long[classes][classes];
        for (int i = 0; i < truth.length; i++) {
            checkLabel("true", truth[i], i, classes);
            checkLabel("predicted", predicted[i], i, classes);
            counts[truth[i]][predicted[i]]++;
        }
        return new ConfusionMatrix(counts);
    }

    /** A matrix from its counts (row = true class, column = predicted class); square, non-negative. */
    public static ConfusionMatrix of(long[][] counts) {
        int k = counts.length;
        if (k < 1) {
            throw new IllegalArgumentException("a confusion matrix needs at least 1 class, got 0");
        }
        long[][] copy = new long[k][];
        for (int t = 0; t < k; t++) {
            if (counts[t].length != k) {
                throw new IllegalArgumentException("confusion matrix must be square: row " + t + " has "
                        + counts[t].length + " columns, expected " + k);
            }
            for (int p = 0; p < k; p++) {
                if (counts[t][p] < 0) {
                    throw new IllegalArgumentException("count at (" + t + ", " + p + ") is negative: " + counts[t][p]);
                }
            }
            copy[t] = counts[t].clone();
        }
        return new ConfusionMatrix(copy);
    }

    private static void checkLabel(String what, int label, int i, int classes) {
        if (label < 0 || label >= classes) {
            throw new IllegalArgumentException(what + " label " + label + " at index " + i
                    + " is outside [0, " + classes + ")");
        }
    }

    /** Number of classes k. */
    public int classes() {
        return counts.length;
    }

    /** Number of examples of true class {@code t} predicted as {@code p}. */
    public long count(int t, int p) {
        return counts[t][p];
    }

    /** Number of examples counted. */
    public long total() {
        return total;
    }

    /** Number of examples whose true class is {@code c} (the support of {@code c}). */
    public long rowTotal(int c) {
        return rowTotals[c];
    }

    /** Number of examples predicted as {@code c}. */
    public long columnTotal(int c) {
        return columnTotals[c];
    }

    /** Sum of the diagonal: examples predicted correctly. */
    public long correct() {
        long sum = 0;
        for (int c = 0; c < counts.length; c++) {
            sum += counts[c][c];
        }
        return sum;
    }

    /** Examples of class {@code c} predicted as {@code c}. */
    public long truePositives(int c) {
        return counts[c][c];
    }

    /** Examples of other classes predicted as {@code c}. */
    public long falsePositives(int c) {
        return columnTotals[c] - counts[c][c];
    }

    /** Examples of class {@code c} predicted as another class. */
    public long falseNegatives(int c) {
        return rowTotals[c] - counts[c][c];
    }

    /** Examples of other classes predicted as another class than {@code c}. */
    public long trueNegatives(int c) {
        return total - rowTotals[c] - columnTotals[c] + counts[c][c];
    }

    /** A copy of the counts, row = true class, column = predicted class. */
    public long[][] toArray() {
        long[][] copy = new long[counts.length][];
        for (int t = 0; t < counts.length; t++) {
            copy[t] = counts[t].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfusionMatrix m && Arrays.deepEquals(counts, m.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(counts);
    }

    @Override
    public String toString() {
        return "ConfusionMatrix" + Arrays.deepToString(counts);
    }
}
