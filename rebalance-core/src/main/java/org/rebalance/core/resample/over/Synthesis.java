package org.rebalance.core.resample.over;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.neighbours.KnnIndex;
import org.rebalance.core.resample.Resampling;
import org.rebalance.core.resample.TargetCounts;

/**
 * Collects the synthetic points of an over-sampler, written straight after a copy of the original rows in
 * one row-major array; the plan keeps every original row, and the resampled table is that array (no
 * second copy). The copy (30 MB for SMOTE at n = 100,000; one thread, memory-bound) starts in the
 * background when the synthesis is made, so it overlaps the sampler's neighbour search and random draws;
 * the first point added waits for it.
 */
final class Synthesis {
    private final DenseMatrix source;
    private final CompletableFuture<double[]> copy;
    private double[] values; // null until the first point is added
    private final int[] labels;
    private final int dimensions;
    private final int base; // where the synthetic rows start in values
    private int size;

    Synthesis(TargetCounts goal, int[] counts, DenseMatrix source) {
        int total = 0;
        for (int c = 0; c < counts.length; c++) {
            total += Math.max(0, goal.of(c) - counts[c]);
        }
        this.source = source;
        this.dimensions = source.cols();
        this.base = source.rows() * dimensions;
        int room = total;
        copy = total == 0 ? null : CompletableFuture.supplyAsync(() -> source.toArrayWithRoom(room));
        labels = new int[total];
    }

    /** Neighbour-based over-samplers need more than k examples of a class they grow. */
    static void requireMoreThanK(String sampler, int k, int examples, String className) {
        if (examples <= k) {
            throw new org.rebalance.core.ConfigException(sampler + ": k=" + k + " needs at least " + (k + 1)
                    + " examples of class \"" + className + "\", found " + examples);
        }
    }

    private double[] values() {
        if (copy == null) {
            throw new IllegalStateException("no synthetic points were planned");
        }
        if (values == null) {
            try {
                values = copy.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error; // e.g. OutOfMemoryError, as if the copy had run here
                }
                throw e;
            }
        }
        return values;
    }

    void add(double[] point, int label) {
        System.arraycopy(point, 0, values(), base + size * dimensions, dimensions);
        labels[size++] = label;
    }

    /** Adds {@code a + gap (b - a)} for reference points a and b of the index, without a temporary array. */
    void addBetween(KnnIndex index, int a, int b, double gap, int label) {
        index.between(a, b, gap, values(), base + size * dimensions);
        labels[size++] = label;
    }

    /**
     * Adds {@code a[i] + gaps[i] (b[i] - a[i])} for every i, in order, all of one label. The points are written
     * in parallel (each to its own slot), so the result equals adding them one by one.
     */
    void addAllBetween(KnnIndex index, int[] a, int[] b, double[] gaps, int label) {
        double[] values = values();
        int first = size;
        int count = a.length;
        int chunk = 4096;
        IntStream.range(0, (count + chunk - 1) / chunk).parallel().forEach(part -> {
            for (int i = part * chunk, end = Math.min(count, i + chunk); i < end; i++) {
                index.between(a[i], b[i], gaps[i], values, base + (first + i) * dimensions);
            }
        });
        Arrays.fill(labels, first, first + count, label);
        size += count;
    }

    Resampling resampling() {
        if (size == 0) {
            return Resampling.identity(source.rows()); // nothing made: no copy of the table needed
        }
        double[] all = values();
        double[] v = size == labels.length ? all : Arrays.copyOf(all, base + size * dimensions);
        int[] l = size == labels.length ? labels : Arrays.copyOf(labels, size);
        return Resampling.adoptAppended(source, v, l);
    }
}
