package org.rebalance.core.metrics;

import java.util.Arrays;

/**
 * Scores of the positive class (class 1), one per example: probabilities or any other score where
 * higher means "more likely positive". The array is not copied; treat it as read-only.
 *
 * @param positive score of class 1 for each example; no NaN
 */
public record BinaryScores(double[] positive) implements Scores {
    public BinaryScores {
        if (positive == null) {
            throw new IllegalArgumentException("positive scores must not be null");
        }
        for (int i = 0; i < positive.length; i++) {
            if (Double.isNaN(positive[i])) {
                throw new IllegalArgumentException("score at index " + i + " is NaN");
            }
        }
    }

    /** Wraps the given scores (not copied). */
    public static BinaryScores of(double... positive) {
        return new BinaryScores(positive);
    }

    @Override
    public int size() {
        return positive.length;
    }

    /** Score of example {@code i}. */
    public double score(int i) {
        return positive[i];
    }

    /** Predicted class of every example: 1 when its score is {@code >=} the threshold, else 0. */
    public int[] predict(Threshold threshold) {
        int[] out = new int[positive.length];
        for (int i = 0; i < positive.length; i++) {
            out[i] = threshold.predictsPositive(positive[i]) ? 1 : 0;
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BinaryScores s && Arrays.equals(positive, s.positive);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(positive);
    }

    @Override
    public String toString() {
        return "BinaryScores[n=" + positive.length + "]";
    }
}
