package org.rebalance.core.data;

import java.util.Arrays;

/**
 * A dense row-major matrix of doubles with column names: the feature view every sampler and
 * network reads. Immutable: the backing arrays are never handed out for writing, so matrices share
 * them freely. Stored in at most two row-major parts, the rows of {@code head} and below them those
 * of {@code tail}: a matrix with rows appended ({@link #appendRowMajor}, an over-sampler's output)
 * shares the original rows instead of copying them (SMOTE at n = 100,000 would copy 16 MB for
 * every resampling).
 */
public final class DenseMatrix implements Inputs {
    private static final double[] NONE = new double[0];

    private final double[] head; // rows [0, headRows)
    private final double[] tail; // rows [headRows, rows)
    private final int headRows;
    private final int rows;
    private final int cols;
    private final Schema schema;

    private DenseMatrix(double[] head, double[] tail, int rows, int cols, Schema schema) {
        if (schema.size() != cols) {
            throw new IllegalArgumentException("schema has " + schema.size() + " columns, matrix " + cols);
        }
        if ((long) rows * cols != (long) head.length + tail.length) {
            throw new IllegalArgumentException(rows + " x " + cols + " does not match " + (head.length + tail.length)
                    + " values");
        }
        this.head = head;
        this.tail = tail;
        this.headRows = cols == 0 ? rows : head.length / cols;
        this.rows = rows;
        this.cols = cols;
        this.schema = schema;
    }

    private DenseMatrix(double[] values, int rows, int cols, Schema schema) {
        this(values, NONE, rows, cols, schema);
    }

    /** Copies the rows (all of the same length as the schema). */
    public static DenseMatrix of(double[][] data, Schema schema) {
        int cols = schema.size();
        double[] v = new double[data.length * cols];
        for (int r = 0; r < data.length; r++) {
            if (data[r].length != cols) {
                throw new IllegalArgumentException("row " + r + " has " + data[r].length + " values, expected " + cols);
            }
            System.arraycopy(data[r], 0, v, r * cols, cols);
        }
        return new DenseMatrix(v, data.length, cols, schema);
    }

    /** Takes ownership of a row-major array (the caller must not change it afterwards). */
    public static DenseMatrix wrap(double[] rowMajor, int rows, Schema schema) {
        return new DenseMatrix(rowMajor, rows, schema.size(), schema);
    }

    @Override
    public int size() {
        return rows;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public Schema schema() {
        return schema;
    }

    public double get(int r, int c) {
        return part(r)[start(r) + c];
    }

    /** The part holding row r. */
    private double[] part(int r) {
        return r < headRows ? head : tail;
    }

    /** Where row r starts in its part. */
    private int start(int r) {
        return (r < headRows ? r : r - headRows) * cols;
    }

    /** A copy of row r. */
    public double[] row(int r) {
        int start = start(r);
        return Arrays.copyOfRange(part(r), start, start + cols);
    }

    /** Copies row r into dest starting at offset. */
    public void copyRow(int r, double[] dest, int offset) {
        System.arraycopy(part(r), start(r), dest, offset, cols);
    }

    /** Copies row r into a float array starting at offset (for tensors). */
    public void copyRow(int r, float[] dest, int offset) {
        double[] part = part(r);
        int base = start(r);
        for (int c = 0; c < cols; c++) {
            dest[offset + c] = (float) part[base + c];
        }
    }

    /** A row-major float copy of the whole matrix. */
    public float[] toFloatArray() {
        float[] out = new float[head.length + tail.length];
        for (int i = 0; i < head.length; i++) {
            out[i] = (float) head[i];
        }
        int h = head.length;
        for (int i = 0; i < tail.length; i++) {
            out[h + i] = (float) tail[i];
        }
        return out;
    }

    /** A copy of the row-major values. */
    public double[] toArray() {
        double[] out = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }

    @Override
    public DenseMatrix select(int[] rowIndices) {
        double[] v = new double[rowIndices.length * cols];
        for (int i = 0; i < rowIndices.length; i++) {
            copyRow(rowIndices[i], v, i * cols);
        }
        return new DenseMatrix(v, rowIndices.length, cols, schema);
    }

    /** This matrix with the given rows appended below (synthetic examples from a sampler); shares this one's rows. */
    public DenseMatrix appendRows(double[][] extra) {
        double[] v = new double[extra.length * cols];
        for (int i = 0; i < extra.length; i++) {
            if (extra[i].length != cols) {
                throw new IllegalArgumentException("appended row " + i + " has " + extra[i].length
                        + " values, expected " + cols);
            }
            System.arraycopy(extra[i], 0, v, i * cols, cols);
        }
        return withRowsBelow(v, extra.length);
    }

    /**
     * The given rows, then {@code count} rows given row-major in {@code extra} from {@code extraOffset} on, in one
     * new matrix: what {@code select(rowIndices).appendRowMajor(...)} gives, copying each value once. When the rows
     * are all of this matrix in order, they are shared, not copied.
     */
    public DenseMatrix selectThenAppend(int[] rowIndices, double[] extra, int extraOffset, int count) {
        if (extraOffset < 0 || extraOffset + (long) count * cols > extra.length) {
            throw new IllegalArgumentException(count + " rows of " + cols + " columns from " + extraOffset
                    + " need " + (extraOffset + (long) count * cols) + " values, got " + extra.length);
        }
        if (isIdentity(rowIndices)) {
            return withRowsBelow(Arrays.copyOfRange(extra, extraOffset, extraOffset + count * cols), count);
        }
        int selected = rowIndices.length * cols;
        double[] v = new double[selected + count * cols];
        for (int i = 0; i < rowIndices.length; i++) {
            copyRow(rowIndices[i], v, i * cols);
        }
        System.arraycopy(extra, extraOffset, v, selected, count * cols);
        return new DenseMatrix(v, rowIndices.length + count, cols, schema);
    }

    private boolean isIdentity(int[] rowIndices) {
        if (rowIndices.length != rows) {
            return false;
        }
        for (int i = 0; i < rowIndices.length; i++) {
            if (rowIndices[i] != i) {
                return false;
            }
        }
        return true;
    }

    /** This matrix with {@code count} rows appended below, given row-major in one array (copied; this one's rows are shared). */
    public DenseMatrix appendRowMajor(double[] extra, int count) {
        if ((long) count * cols != extra.length) {
            throw new IllegalArgumentException(count + " rows of " + cols + " columns need " + (long) count * cols
                    + " values, got " + extra.length);
        }
        return withRowsBelow(extra.clone(), count);
    }

    /**
     * This matrix with {@code count} rows appended below, taking ownership of {@code rowMajor} (exactly
     * {@code count} rows; the caller must not change it afterwards). Neither this matrix's rows nor the new ones are
     * copied, except a tail this matrix already has, which is joined with the new rows.
     */
    public DenseMatrix withRowsBelow(double[] rowMajor, int count) {
        if ((long) count * cols != rowMajor.length) {
            throw new IllegalArgumentException(count + " rows of " + cols + " columns need " + (long) count * cols
                    + " values, got " + rowMajor.length);
        }
        if (count == 0) {
            return this;
        }
        if (tail.length == 0) {
            return new DenseMatrix(head, rowMajor, rows + count, cols, schema);
        }
        double[] joined = Arrays.copyOf(tail, tail.length + rowMajor.length);
        System.arraycopy(rowMajor, 0, joined, tail.length, rowMajor.length);
        return new DenseMatrix(head, joined, rows + count, cols, schema);
    }

    @Override
    public String toString() {
        return "DenseMatrix[" + rows + " x " + cols + "]";
    }
}
