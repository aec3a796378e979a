package org.rebalance.nn.net;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The product of a batch of 0/1 rows with a weight matrix (inputs x units, row-major), and its weight
 * gradient, computed from the set bits alone: a row's output is the sum of the weight rows of its set
 * bits, and a weight row's gradient the sum of the output gradients of the rows that have its bit. For
 * 8 %-dense fingerprints that is a twelfth of the dense product's arithmetic. Hand-written because
 * libtorch's sparse COO product, the only sparse one DJL reaches, was slower than the dense product at
 * this density (docs/benchmarks.md) and DJL offers no {@code embedding_bag}.
 *
 * <p>Both passes go column by column (bit by bit): each weight row is read once per batch and added
 * into the rows that have the bit, which stay in cache; every inner loop indexes its two arrays alike,
 * the form HotSpot's C2 vectorises.
 */
final class SetBitProduct {
    /**
     * Units per slice of the work: each slice is worked on in arrays of its own, so that the inner loops index
     * both their arrays alike (with an offset into whole rows C2 left them scalar, four times slower), and
     * slices may run in parallel.
     */
    private static final int SLICE = 256;
    /** Set bits x units from which the slices run in parallel. */
    private static final long PARALLEL_FROM = 1L << 20;

    private final int units;
    private final int[] columnStart;  // inputs + 1: the rows holding bit c are rowOfEntry[columnStart[c] ..)
    private final int[] rowOfEntry;
    private final int rows;

    private SetBitProduct(int units, int rows, int[] columnStart, int[] rowOfEntry) {
        this.units = units;
        this.rows = rows;
        this.columnStart = columnStart;
        this.rowOfEntry = rowOfEntry;
    }

    /** Indexes the set bits of {@code x} by column, for a weight matrix of {@code inputs} rows. */
    static SetBitProduct of(SetBitRows x, int inputs, int units) {
        int[] start = new int[inputs + 1];
        for (int c : x.columns()) {
            if (c < 0 || c >= inputs) {
                throw new IllegalArgumentException("set bit in column " + c + " of a layer with " + inputs + " inputs");
            }
            start[c + 1]++;
        }
        for (int c = 0; c < inputs; c++) {
            start[c + 1] += start[c];
        }
        int[] next = Arrays.copyOf(start, inputs);
        int[] rowOf = new int[x.size()];
        int[] rowStart = x.rowStart();
        int[] columns = x.columns();
        for (int r = 0; r < x.rows(); r++) {
            for (int p = rowStart[r]; p < rowStart[r + 1]; p++) {
                rowOf[next[columns[p]]++] = r;
            }
        }
        return new SetBitProduct(units, x.rows(), start, rowOf);
    }

    /** Writes {@code x W} into {@code out} (rows x units, row-major). */
    void forward(FloatBuffer weight, FloatBuffer out) {
        inSlices((from, to) -> {
            float[][] slice = forward(weight, from, to);
            for (int r = 0; r < rows; r++) {
                out.put(r * units + from, slice[r]);
            }
        });
    }

    /**
     * Adds {@code x^T outputGradient} into {@code weightGradient} (inputs x units); {@code outputGradient} is
     * rows x units, both row-major.
     */
    void addWeightGradient(FloatBuffer outputGradient, FloatBuffer weightGradient) {
        weightGradient(outputGradient, weightGradient, true);
    }

    /** Writes {@code x^T outputGradient} over {@code weightGradient}, as {@link #addWeightGradient} onto zeros. */
    void setWeightGradient(FloatBuffer outputGradient, FloatBuffer weightGradient) {
        weightGradient(outputGradient, weightGradient, false);
    }

    private void weightGradient(FloatBuffer outputGradient, FloatBuffer weightGradient, boolean add) {
        inSlices((from, to) -> {
            float[][] slice = new float[rows][to - from];
            for (int r = 0; r < rows; r++) {
                outputGradient.get(r * units + from, slice[r]);
            }
            weightGradient(slice, weightGradient, from, to, add);
        });
    }

    /** Work on the units {@code [from, to)}. */
    @FunctionalInterface
    private interface SliceWork {
        void run(int from, int to);
    }

    /**
     * Runs {@code work} on each slice of {@code SLICE} units, in parallel when the batch is large enough
     * to pay for it; the slices write disjoint memory, so the result does not depend on the split.
     */
    private void inSlices(SliceWork work) {
        int n = (units + SLICE - 1) / SLICE;
        IntConsumer slice = k -> work.run(k * SLICE, Math.min(units, (k + 1) * SLICE));
        if (n > 1 && (long) rowOfEntry.length * units >= PARALLEL_FROM) {
            IntStream.range(0, n).parallel().forEach(slice);
        } else {
            for (int k = 0; k < n; k++) {
                slice.accept(k);
            }
        }
    }

    private float[][] forward(FloatBuffer weight, int from, int to) {
        int len = to - from;
        float[][] out = new float[rows][len];
        float[] weightRow = new float[len];
        for (int c = 0; c + 1 < columnStart.length; c++) {
            if (columnStart[c] == columnStart[c + 1]) {
                continue;
            }
            weight.get(c * units + from, weightRow, 0, len);
            for (int p = columnStart[c]; p < columnStart[c + 1]; p++) {
                addInto(out[rowOfEntry[p]], weightRow, len);
            }
        }
        return out;
    }

    /** Weight rows' gradients for units [from, to): every row written, added to what it held when {@code add}. */
    private void weightGradient(float[][] outputGradient, FloatBuffer weightGradient, int from, int to, boolean add) {
        int len = to - from;
        float[] sum = new float[len];
        for (int c = 0; c + 1 < columnStart.length; c++) {
            boolean none = columnStart[c] == columnStart[c + 1];
            if (add && none) {
                continue; // nothing to add
            }
            if (add) {
                weightGradient.get(c * units + from, sum, 0, len);
            } else {
                Arrays.fill(sum, 0f);
            }
            for (int p = columnStart[c]; p < columnStart[c + 1]; p++) {
                addInto(sum, outputGradient[rowOfEntry[p]], len);
            }
            weightGradient.put(c * units + from, sum, 0, len);
        }
    }

    /** {@code target[i] += values[i]}; both arrays indexed alike, the form C2 vectorises (with offsets it did not). */
    private static void addInto(float[] target, float[] values, int n) {
        for (int i = 0; i < n; i++) {
            target[i] += values[i];
        }
    }
}
