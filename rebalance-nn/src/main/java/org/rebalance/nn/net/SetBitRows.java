package org.rebalance.nn.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.util.Arrays;
import org.rebalance.nn.engine.Tensors;

/**
 * The set bits of a batch of 0/1 rows (fingerprints) in compressed-row form: row {@code r} has ones
 * in columns {@code columns[rowStart[r] .. rowStart[r + 1])}. Travels to {@link InputLinear} as one
 * int32 tensor {@code [rows, rowStart..., columns...]}, which is how the layer tells it from a dense
 * float input.
 */
public record SetBitRows(int rows, int[] rowStart, int[] columns) {
    public SetBitRows {
        if (rowStart.length != rows + 1 || rowStart[0] != 0 || rowStart[rows] != columns.length) {
            throw new IllegalArgumentException("row offsets do not match " + rows + " rows of "
                    + columns.length + " set bits");
        }
    }

    /** The set bits of every row of {@code x} (rows x width, row-major) whose value is not 0. */
    public static SetBitRows of(float[] x, int width) {
        int rows = x.length / width;
        int[] start = new int[rows + 1];
        int[] cols = new int[16];
        int n = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < width; c++) {
                if (x[r * width + c] != 0f) {
                    if (n == cols.length) {
                        cols = Arrays.copyOf(cols, n * 2);
                    }
                    cols[n++] = c;
                }
            }
            start[r + 1] = n;
        }
        return new SetBitRows(rows, start, Arrays.copyOf(cols, n));
    }

    /** Whether {@code input} carries set bits (int32) rather than dense values. */
    public static boolean isEncoded(NDArray input) {
        return input.getDataType() == DataType.INT32;
    }

    /** This batch as the int32 tensor {@link InputLinear} reads, attached to {@code manager}. */
    public NDArray toTensor(NDManager manager) {
        int[] packed = new int[2 + rows + columns.length];
        packed[0] = rows;
        System.arraycopy(rowStart, 0, packed, 1, rows + 1);
        System.arraycopy(columns, 0, packed, rows + 2, columns.length);
        return Tensors.ints(manager, packed);
    }

    /** Reads back a tensor made by {@link #toTensor}. */
    public static SetBitRows fromTensor(NDArray tensor) {
        int[] packed = tensor.toIntArray();
        int rows = packed[0];
        return new SetBitRows(rows, Arrays.copyOfRange(packed, 1, rows + 2),
                Arrays.copyOfRange(packed, rows + 2, packed.length));
    }

    /** Number of set bits. */
    public int size() {
        return columns.length;
    }
}
