package org.rebalance.core.metrics;

import java.util.Arrays;

/**
 * Points of a ROC or precision-recall curve, one per threshold, ordered from the highest threshold
 * (first point, threshold {@code +Infinity}) to the lowest. The arrays are not copied; treat them
 * as read-only.
 *
 * @param x false positive rate (ROC) or recall (precision-recall), one value per point
 * @param y true positive rate (ROC) or precision (precision-recall), one value per point
 * @param thresholds the score cut-off of each point ({@code score >= threshold} is positive)
 */
public record Curve(double[] x, double[] y, double[] thresholds) {
    public Curve {
        if (x == null || y == null || thresholds == null) {
            throw new IllegalArgumentException("curve arrays must not be null");
        }
        if (x.length != y.length || x.length != thresholds.length) {
            throw new IllegalArgumentException("curve arrays differ in length: x " + x.length + ", y "
                    + y.length + ", thresholds " + thresholds.length);
        }
    }

    /** Number of points. */
    public int size() {
        return x.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Curve c && Arrays.equals(x, c.x) && Arrays.equals(y, c.y)
                && Arrays.equals(thresholds, c.thresholds);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(x) + Arrays.hashCode(y)) + Arrays.hashCode(thresholds);
    }

    @Override
    public String toString() {
        return "Curve[points=" + x.length + "]";
    }
}
