package org.rebalance.core.data;

import java.util.Arrays;

/**
 * A dense row-major matrix of doubles with column names: the feature view every sampler and
 * network reads. Immutable: the backing array is never handed out for writing.
 */
public final class DenseMatrix implements Inputs {
    private final double[] values;
    private final int rows;
    private final int cols;
    private final Schema schema;

    private DenseMatrix(double[] values, int rows, int cols, Schema schema) {
        if (schema.size() != cols) {
            throw new IllegalArgumentException("schema has " + schema.size() + " columns, matrix " + cols);
        }
        if ((long) rows * cols != values.length) {
            throw new IllegalArgumentException(rows + " x " + cols + " does not match " + values.length + " values");
        }
        this.values = values;
        this.rows = rows;
        this.cols = cols;
        this.schema = schema;
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
        return values[r * cols + c];
    }

    /** A copy of row r. */
    public double[] row(int r) {
        return Arrays.copyOfRange(values, r * cols, (r + 1) * cols);
    }

    /** Copies row r into dest starting at offset. */
    public void copyRow(int r, double[] dest, int offset) {
        System.arraycopy(values, r * cols, dest, offset, cols);
    }

    /** Copies row r into a float array starting at offset (for tensors). */
    public void copyRow(int r, float[] dest, int offset) {
        int base = r * cols;
        for (int c = 0; c < cols; c++) {
            dest[offset + c] = (float) values[base + c];
        }
    }

    /** A row-major float copy of the whole matrix. */
    public float[] toFloatArray() {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }

    /** A copy of the row-major values. */
    public double[] toArray() {
        return values.clone();
    }

    @Override
    public DenseMatrix select(int[] rowIndices) {
        double[] v = new double[rowIndices.length * cols];
        for (int i = 0; i < rowIndices.length; i++) {
            System.arraycopy(values, rowIndices[i] * cols, v, i * cols, cols);
        }
        return new DenseMatrix(v, rowIndices.length, cols, schema);
    }

    /** This matrix with the given rows appended below (synthetic examples from a sampler). */
    public DenseMatrix appendRows(double[][] extra) {
        double[] v = Arrays.copyOf(values, values.length + extra.length * cols);
        for (int i = 0; i < extra.length; i++) {
            if (extra[i].length != cols) {
                throw new IllegalArgumentException("appended row " + i + " has " + extra[i].length
                        + " values, expected " + cols);
            }
            System.arraycopy(extra[i], 0, v, values.length + i * cols, cols);
        }
        return new DenseMatrix(v, rows + extra.length, cols, schema);
    }

    /**
     * The given rows, then {@code count} rows given row-major in {@code extra} from {@code extraOffset} on, in one
     * new matrix: what {@code select(rowIndices).appendRowMajor(...)} gives, with one copy instead of two (an
     * over-sampler's output at n = 100,000 is 30 MB).
     */
    public DenseMatrix selectThenAppend(int[] rowIndices, double[] extra, int extraOffset, int count) {
        if (extraOffset < 0 || extraOffset + (long) count * cols > extra.length) {
            throw new IllegalArgumentException(count + " rows of " + cols + " columns from " + extraOffset
                    + " need " + (extraOffset + (long) count * cols) + " values, got " + extra.length);
        }
        int selected = rowIndices.length * cols;
        double[] v;
        if (isIdentity(rowIndices)) {
            v = Arrays.copyOf(values, selected + count * cols); // the copied part is not zeroed first
        } else {
            v = new double[selected + count * cols];
            for (int i = 0; i < rowIndices.length; i++) {
                System.arraycopy(values, rowIndices[i] * cols, v, i * cols, cols);
            }
        }
        System.arraycopy(extra, extraOffset, v, selected, count * cols);
        return new DenseMatrix(v, rowIndices.length + count, cols, schema);
    }

    /**
     * A new row-major array holding this matrix's values followed by room for {@code extraRows} more rows (zeros),
     * for a sampler that writes its new rows straight after the originals.
     */
    public double[] toArrayWithRoom(int extraRows) {
        if (extraRows < 0) {
            throw new IllegalArgumentException("extra rows must be >= 0, got " + extraRows);
        }
        return Arrays.copyOf(values, Math.addExact(rows, extraRows) * cols);
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

    /** This matrix with {@code count} rows appended below, given row-major in one array. */
    public DenseMatrix appendRowMajor(double[] extra, int count) {
        if ((long) count * cols != extra.length) {
            throw new IllegalArgumentException(count + " rows of " + cols + " columns need " + (long) count * cols
                    + " values, got " + extra.length);
        }
        double[] v = Arrays.copyOf(values, values.length + extra.length);
        System.arraycopy(extra, 0, v, values.length, extra.length);
        return new DenseMatrix(v, rows + count, cols, schema);
    }

    @Override
    public String toString() {
        return "DenseMatrix[" + rows + " x " + cols + "]";
    }
}
