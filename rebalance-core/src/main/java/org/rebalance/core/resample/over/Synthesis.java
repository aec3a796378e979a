package org.rebalance.core.resample.over;

import org.rebalance.core.neighbours.KnnIndex;
import org.rebalance.core.resample.Resampling;
import org.rebalance.core.resample.TargetCounts;

/**
 * Collects the synthetic points of an over-sampler in one row-major array; the plan keeps every
 * original row.
 */
final class Synthesis {
    private final double[] values;
    private final int[] labels;
    private final int dimensions;
    private int size;

    Synthesis(TargetCounts goal, int[] counts, int dimensions) {
        int total = 0;
        for (int c = 0; c < counts.length; c++) {
            total += Math.max(0, goal.of(c) - counts[c]);
        }
        this.dimensions = dimensions;
        values = new double[total * dimensions];
        labels = new int[total];
    }

    /** Neighbour-based over-samplers need more than k examples of a class they grow. */
    static void requireMoreThanK(String sampler, int k, int examples, String className) {
        if (examples <= k) {
            throw new org.rebalance.core.ConfigException(sampler + ": k=" + k + " needs at least " + (k + 1)
                    + " examples of class \"" + className + "\", found " + examples);
        }
    }

    void add(double[] point, int label) {
        System.arraycopy(point, 0, values, size * dimensions, dimensions);
        labels[size++] = label;
    }

    /** Adds {@code a + gap (b - a)} for reference points a and b of the index, without a temporary array. */
    void addBetween(KnnIndex index, int a, int b, double gap, int label) {
        index.between(a, b, gap, values, size * dimensions);
        labels[size++] = label;
    }

    Resampling resampling(int originalRows) {
        int[] kept = new int[originalRows];
        for (int i = 0; i < originalRows; i++) {
            kept[i] = i;
        }
        double[] v = size * dimensions == values.length ? values : java.util.Arrays.copyOf(values, size * dimensions);
        int[] l = size == labels.length ? labels : java.util.Arrays.copyOf(labels, size);
        return Resampling.ofRowMajor(kept, v, dimensions, l);
    }
}
