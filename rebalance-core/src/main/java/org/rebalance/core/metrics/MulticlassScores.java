package org.rebalance.core.metrics;

import java.util.Arrays;

/**
 * Class probabilities, one row per example and one column per class (n x k, k &gt;= 2). Rows are
 * expected to sum to 1 but this is not checked. The array is not copied; treat it as read-only.
 *
 * @param probabilities n rows of k values each; no NaN
 */
public record MulticlassScores(double[][] probabilities) implements Scores {
    public MulticlassScores {
        if (probabilities == null) {
            throw new IllegalArgumentException("probabilities must not be null");
        }
        int k = probabilities.length == 0 ? 0 : lengthOf(probabilities[0], 0);
        if (probabilities.length > 0 && k < 2) {
            throw new IllegalArgumentException("multiclass scores need at least 2 columns, got " + k);
        }
        for (int i = 0; i < probabilities.length; i++) {
            if (lengthOf(probabilities[i], i) != k) {
                throw new IllegalArgumentException("row " + i + " has " + probabilities[i].length
                        + " columns, row 0 has " + k);
            }
            for (int c = 0; c < k; c++) {
                if (Double.isNaN(probabilities[i][c])) {
                    throw new IllegalArgumentException("probability at row " + i + ", column " + c + " is NaN");
                }
            }
        }
    }

    private static int lengthOf(double[] row, int i) {
        if (row == null) {
            throw new IllegalArgumentException("row " + i + " is null");
        }
        return row.length;
    }

    /** Wraps the given rows (not copied). */
    public static MulticlassScores of(double[]... probabilities) {
        return new MulticlassScores(probabilities);
    }

    @Override
    public int size() {
        return probabilities.length;
    }

    /** Number of columns (classes); 0 when there are no rows. */
    public int classes() {
        return probabilities.length == 0 ? 0 : probabilities[0].length;
    }

    /** Probability of class {@code c} for example {@code i}. */
    public double probability(int i, int c) {
        return probabilities[i][c];
    }

    /** Column {@code c} as one array: the one-vs-rest scores of class {@code c}. */
    public double[] column(int c) {
        double[] out = new double[probabilities.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = probabilities[i][c];
        }
        return out;
    }

    /** Predicted class of every example: the column with the largest value, the first one on ties. */
    public int[] argmax() {
        int[] out = new int[probabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            double[] row = probabilities[i];
            int best = 0;
            for (int c = 1; c < row.length; c++) {
                if (row[c] > row[best]) {
                    best = c;
                }
            }
            out[i] = best;
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MulticlassScores s && Arrays.deepEquals(probabilities, s.probabilities);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(probabilities);
    }

    @Override
    public String toString() {
        return "MulticlassScores[n=" + probabilities.length + ", k=" + classes() + "]";
    }
}
