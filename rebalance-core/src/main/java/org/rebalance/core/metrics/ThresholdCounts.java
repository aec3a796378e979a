package org.rebalance.core.metrics;

import java.util.Arrays;

/**
 * Cumulative true and false positive counts at each distinct score, from the highest score down: at
 * index i every example with score {@code >= thresholds[i]} is predicted positive. Ties are never
 * split. This is scikit-learn's {@code _binary_clf_curve}, computed by sorting the positive and the
 * negative scores separately and merging them (O(n log n)).
 */
final class ThresholdCounts {
    final double[] thresholds;
    final long[] truePositives;
    final long[] falsePositives;
    final long positives;
    final long negatives;

    private ThresholdCounts(double[] thresholds, long[] truePositives, long[] falsePositives,
            long positives, long negatives) {
        this.thresholds = thresholds;
        this.truePositives = truePositives;
        this.falsePositives = falsePositives;
        this.positives = positives;
        this.negatives = negatives;
    }

    /**
     * @param truth01 1 for a positive example, 0 for a negative one
     * @param scores higher means more likely positive; no NaN; same length as truth01
     */
    static ThresholdCounts of(int[] truth01, double[] scores) {
        if (truth01.length != scores.length) {
            throw new IllegalArgumentException("truth has " + truth01.length + " labels but there are "
                    + scores.length + " scores");
        }
        int p = 0;
        for (int i = 0; i < truth01.length; i++) {
            if (truth01[i] != 0 && truth01[i] != 1) {
                throw new IllegalArgumentException("binary truth must be 0 or 1, got " + truth01[i]
                        + " at index " + i);
            }
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("score at index " + i + " is NaN");
            }
            p += truth01[i];
        }
        double[] pos = new double[p];
        double[] neg = new double[truth01.length - p];
        int ip = 0;
        int in = 0;
        for (int i = 0; i < truth01.length; i++) {
            if (truth01[i] == 1) {
                pos[ip++] = scores[i];
            } else {
                neg[in++] = scores[i];
            }
        }
        Arrays.sort(pos);
        Arrays.sort(neg);

        double[] thresholds = new double[truth01.length];
        long[] tp = new long[truth01.length];
        long[] fp = new long[truth01.length];
        int distinct = 0;
        int i = pos.length - 1;
        int j = neg.length - 1;
        long tpSoFar = 0;
        long fpSoFar = 0;
        while (i >= 0 || j >= 0) {
            double t = (i >= 0 && (j < 0 || pos[i] >= neg[j])) ? pos[i] : neg[j];
            while (i >= 0 && pos[i] == t) {
                i--;
                tpSoFar++;
            }
            while (j >= 0 && neg[j] == t) {
                j--;
                fpSoFar++;
            }
            thresholds[distinct] = t;
            tp[distinct] = tpSoFar;
            fp[distinct] = fpSoFar;
            distinct++;
        }
        return new ThresholdCounts(Arrays.copyOf(thresholds, distinct), Arrays.copyOf(tp, distinct),
                Arrays.copyOf(fp, distinct), pos.length, neg.length);
    }

    /** Number of distinct scores. */
    int size() {
        return thresholds.length;
    }

    /** Whether both classes occur in the truth. */
    boolean hasBothClasses() {
        return positives > 0 && negatives > 0;
    }
}
