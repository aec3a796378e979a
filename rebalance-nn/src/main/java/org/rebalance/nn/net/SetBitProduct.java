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
 * <p>The product goes row by row (a row's output is summed from the weight rows of its bits, in ascending
 * bit order), the weight gradient bit by bit (a weight row's gradient is summed from the output gradients
 * of the rows that have the bit). Either way the sums take four rows a pass ({@link #addRows}): a quarter
 * of the loads and stores of the target, and a quarter of the loop overheads, of adding one row at a time,
 * in the same order, so with the same rounding.
 */
final class SetBitProduct {
    /** Units per slice of the work ({@link WeightSlices}); slices may run in parallel. */
    private static final int SLICE = WeightSlices.SLICE;
    /** Set bits x units from which the slices run in parallel. */
    private static final long PARALLEL_FROM = 1L << 20;

    private final int units;
    private final int[] columnStart;  // inputs + 1: the rows holding bit c are rowOfEntry[columnStart[c] ..)
    private final int[] rowOfEntry;
    private final SetBitRows bits;    // row r has bits.columns()[bits.rowStart()[r] ..) (ascending from the assembler)
    private final int rows;

    private SetBitProduct(int units, SetBitRows bits, int[] columnStart, int[] rowOfEntry) {
        this.units = units;
        this.bits = bits;
        this.rows = bits.rows();
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
        return new SetBitProduct(units, x, start, rowOf);
    }

    /**
     * Writes {@code x W} into {@code out} (rows x units, row-major); W is read from a row-major buffer, copied into
     * {@link WeightSlices} first.
     */
    void forward(FloatBuffer weight, FloatBuffer out) {
        int inputs = columnStart.length - 1;
        float[][] slices = WeightSlices.allocate(inputs, units);
        WeightSlices.load(weight, slices, inputs, units);
        forward(slices, out);
    }

    /** Writes {@code x W} into {@code out}, W held in {@link WeightSlices}: read where it lies, no copy. */
    void forward(float[][] weightSlices, FloatBuffer out) {
        int inputs = columnStart.length - 1;
        inSlices((from, to) -> {
            float[][] slice = forward(Arrays.copyOfRange(weightSlices, (from / SLICE) * inputs,
                    (from / SLICE + 1) * inputs), from, to);
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
        weightGradient(outputGradient, buffer(weightGradient), true);
    }

    /** As {@link #addWeightGradient}, into a gradient held in {@link WeightSlices}. */
    void addWeightGradient(FloatBuffer outputGradient, float[][] gradientSlices) {
        weightGradient(outputGradient, slices(gradientSlices), true);
    }

    /** Writes {@code x^T outputGradient} over a gradient held in {@link WeightSlices}, as adding onto zeros. */
    void setWeightGradient(FloatBuffer outputGradient, float[][] gradientSlices) {
        weightGradient(outputGradient, slices(gradientSlices), false);
    }

    /**
     * Sums {@code x^T outputGradient} slice by slice of {@link WeightSlices} and hands each slice's gradient, with
     * the weight slice it belongs to, to {@code update} before going on; every slice of every input row is handed
     * over, those of bits the batch lacks with a zero gradient. The gradient values are those
     * {@link #setWeightGradient} writes.
     */
    void stepEachSlice(FloatBuffer outputGradient, float[][] weightSlices, JavaParameter.SliceUpdate update) {
        int inputs = columnStart.length - 1;
        inSlices((from, to) -> {
            int len = to - from;
            float[][] slice = rowsOf(outputGradient, from, to);
            float[] gradient = new float[len];
            int first = (from / SLICE) * inputs;
            for (int c = 0; c < inputs; c++) {
                Arrays.fill(gradient, 0f);
                addRows(gradient, slice, rowOfEntry, columnStart[c], columnStart[c + 1], len);
                update.apply(first + c, weightSlices[first + c], gradient);
            }
        });
    }

    private RowTarget buffer(FloatBuffer weightGradient) {
        return new RowTarget() {
            @Override
            public float[] open(int c, int from, int len, boolean add, float[] scratch) {
                if (add) {
                    weightGradient.get(c * units + from, scratch, 0, len);
                } else {
                    Arrays.fill(scratch, 0, len, 0f);
                }
                return scratch;
            }

            @Override
            public void close(int c, int from, float[] row, int len) {
                weightGradient.put(c * units + from, row, 0, len);
            }
        };
    }

    private RowTarget slices(float[][] gradientSlices) {
        int inputs = columnStart.length - 1;
        return new RowTarget() {
            @Override
            public float[] open(int c, int from, int len, boolean add, float[] scratch) {
                float[] row = gradientSlices[(from / SLICE) * inputs + c];
                if (!add) {
                    Arrays.fill(row, 0f);
                }
                return row;
            }

            @Override
            public void close(int c, int from, float[] row, int len) {
                // summed where it lies
            }
        };
    }

    private void weightGradient(FloatBuffer outputGradient, RowTarget weightGradient, boolean add) {
        inSlices((from, to) -> weightGradient(rowsOf(outputGradient, from, to), weightGradient, from, to, add));
    }

    /** Units [from, to) of every row of a rows x units row-major buffer, one array per row. */
    private float[][] rowsOf(FloatBuffer rowMajor, int from, int to) {
        float[][] slice = new float[rows][to - from];
        for (int r = 0; r < rows; r++) {
            rowMajor.get(r * units + from, slice[r]);
        }
        return slice;
    }

    /** Where a pass sums weight row c's gradient for units [from, from + len): opened, summed into, closed. */
    private interface RowTarget {
        /** The row to sum into: holding its current gradient when {@code add}, else zeros. */
        float[] open(int c, int from, int len, boolean add, float[] scratch);

        /** Stores the summed row where it belongs (if it was a copy). */
        void close(int c, int from, float[] row, int len);
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

    /**
     * Units [from, to) of {@code x W}, one array per row: each row summed from its bits' weight rows ({@code weightRows}:
     * those units of input row c at index c).
     */
    private float[][] forward(float[][] weightRows, int from, int to) {
        int len = to - from;
        float[][] out = new float[rows][len];
        int[] rowStart = bits.rowStart();
        int[] columns = bits.columns();
        for (int r = 0; r < rows; r++) {
            addRows(out[r], weightRows, columns, rowStart[r], rowStart[r + 1], len);
        }
        return out;
    }

    /** Weight rows' gradients for units [from, to): every row written, added to what it held when {@code add}. */
    private void weightGradient(float[][] outputGradient, RowTarget weightGradient, int from, int to, boolean add) {
        int len = to - from;
        float[] scratch = new float[len];
        for (int c = 0; c + 1 < columnStart.length; c++) {
            boolean none = columnStart[c] == columnStart[c + 1];
            if (add && none) {
                continue; // nothing to add
            }
            float[] sum = weightGradient.open(c, from, len, add, scratch);
            addRows(sum, outputGradient, rowOfEntry, columnStart[c], columnStart[c + 1], len);
            weightGradient.close(c, from, sum, len);
        }
    }

    /**
     * Adds {@code rows[which[p]]} for p in [from, to) into {@code target}, in that order, four rows a pass while
     * four are left (a pass of eight was not vectorised by C2 on JDK 17, and six was no faster than four).
     */
    private static void addRows(float[] target, float[][] rows, int[] which, int from, int to, int n) {
        int p = from;
        for (; p + 4 <= to; p += 4) {
            addFour(target, rows[which[p]], rows[which[p + 1]], rows[which[p + 2]], rows[which[p + 3]], n);
        }
        for (; p < to; p++) {
            addInto(target, rows[which[p]], n);
        }
    }

    /** {@code target[i] += a[i] + b[i] + c[i] + d[i]}, added left to right as four single additions would be. */
    private static void addFour(float[] target, float[] a, float[] b, float[] c, float[] d, int n) {
        for (int i = 0; i < n; i++) {
            target[i] = target[i] + a[i] + b[i] + c[i] + d[i];
        }
    }

    /** {@code target[i] += values[i]}; both arrays indexed alike, the form C2 vectorises (with offsets it did not). */
    private static void addInto(float[] target, float[] values, int n) {
        for (int i = 0; i < n; i++) {
            target[i] += values[i];
        }
    }
}
