package org.rebalance.core.resample.over;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.neighbours.KnnIndex;
import org.rebalance.core.resample.Resampling;
import org.rebalance.core.resample.TargetCounts;

/**
 * Collects the synthetic points of an over-sampler in one row-major array; the plan keeps every original row,
 * and the resampled table shares the original rows and this array instead of copying either
 * ({@link Resampling#allRowsThen}).
 */
final class Synthesis {
    private final int originalRows;
    private final double[] values; // the synthetic rows, row-major
    private final int[] labels;
    private final int dimensions;
    private int size;

    Synthesis(TargetCounts goal, int[] counts, DenseMatrix source) {
        int total = 0;
        for (int c = 0; c < counts.length; c++) {
            total += Math.max(0, goal.of(c) - counts[c]);
        }
        this.originalRows = source.rows();
        this.dimensions = source.cols();
        this.values = new double[Math.multiplyExact(total, dimensions)];
        this.labels = new int[total];
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

    /**
     * Adds {@code a[i] + gaps[i] (b[i] - a[i])} for every i, in order, all of one label. The points are written
     * in parallel (each to its own slot), so the result equals adding them one by one.
     */
    void addAllBetween(KnnIndex index, int[] a, int[] b, double[] gaps, int label) {
        int first = size;
        int count = a.length;
        int chunk = 4096;
        IntStream.range(0, (count + chunk - 1) / chunk).parallel().forEach(part -> {
            for (int i = part * chunk, end = Math.min(count, i + chunk); i < end; i++) {
                index.between(a[i], b[i], gaps[i], values, (first + i) * dimensions);
            }
        });
        Arrays.fill(labels, first, first + count, label);
        size += count;
    }

    Resampling resampling() {
        if (size == 0) {
            return Resampling.identity(originalRows);
        }
        double[] v = size == labels.length ? values : Arrays.copyOf(values, size * dimensions);
        int[] l = size == labels.length ? labels : Arrays.copyOf(labels, size);
        return Resampling.allRowsThen(originalRows, v, dimensions, l);
    }
}
