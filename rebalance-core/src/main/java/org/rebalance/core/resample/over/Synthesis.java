package org.rebalance.core.resample.over;

import org.rebalance.core.resample.Resampling;
import org.rebalance.core.resample.TargetCounts;

/** Collects the synthetic points of an over-sampler; the plan keeps every original row. */
final class Synthesis {
    private final double[][] points;
    private final int[] labels;
    private int size;

    Synthesis(TargetCounts goal, int[] counts) {
        int total = 0;
        for (int c = 0; c < counts.length; c++) {
            total += Math.max(0, goal.of(c) - counts[c]);
        }
        points = new double[total][];
        labels = new int[total];
    }

    void add(double[] point, int label) {
        points[size] = point;
        labels[size++] = label;
    }

    Resampling resampling(int originalRows) {
        int[] kept = new int[originalRows];
        for (int i = 0; i < originalRows; i++) {
            kept[i] = i;
        }
        double[][] p = java.util.Arrays.copyOf(points, size);
        int[] l = java.util.Arrays.copyOf(labels, size);
        return new Resampling(kept, p, l);
    }
}
