package org.rebalance.nn.batch;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.nn.engine.Tensors;
import org.rebalance.nn.net.SetBitRows;

/**
 * Builds the input tensor of a mini-batch from row indices without copying rows one by one: a
 * dense matrix lives once in native memory and a batch is one gather; a sparse binary matrix is
 * kept as compressed rows (set-bit column lists) and a batch becomes their {@link SetBitRows} tensor.
 */
public final class BatchAssembler implements AutoCloseable {
    private final InputEncoding encoding;
    private final int cols;
    private final NDArray dense;        // DENSE: n x d on the owner's manager
    private final int[] rowStart;       // SPARSE_BINARY: CSR row offsets, n + 1
    private final int[] colIndex;       // SPARSE_BINARY: set-bit columns

    private BatchAssembler(InputEncoding encoding, int cols, NDArray dense, int[] rowStart, int[] colIndex) {
        this.encoding = encoding;
        this.cols = cols;
        this.dense = dense;
        this.rowStart = rowStart;
        this.colIndex = colIndex;
    }

    /**
     * Prepares {@code x} for batching; dense data is copied once into {@code manager}. With
     * {@link InputEncoding#SPARSE_BINARY} the rows' set bits are kept, unless a value is neither 0 nor 1
     * (a file scored by a model trained on bits): then the rows go dense, which the first layer takes as
     * well and multiplies out to the same function.
     */
    public static BatchAssembler of(DenseMatrix x, InputEncoding encoding, NDManager manager) {
        if (encoding == InputEncoding.SPARSE_BINARY) {
            BatchAssembler bits = setBits(x);
            if (bits != null) {
                return bits;
            }
        }
        NDArray all = manager.create(x.toFloatArray(), new Shape(x.rows(), x.cols()));
        return new BatchAssembler(InputEncoding.DENSE, x.cols(), all, null, null);
    }

    /** The set bits of every row of {@code x}, or null when a value is neither 0 nor 1. */
    private static BatchAssembler setBits(DenseMatrix x) {
        int[] start = new int[x.rows() + 1];
        int[] cols = new int[Math.max(16, x.rows() * 8)];
        int nnz = 0;
        for (int r = 0; r < x.rows(); r++) {
            for (int c = 0; c < x.cols(); c++) {
                double v = x.get(r, c);
                if (v == 1.0) {
                    if (nnz == cols.length) {
                        cols = Arrays.copyOf(cols, cols.length * 2);
                    }
                    cols[nnz++] = c;
                } else if (v != 0.0) {
                    return null;
                }
            }
            start[r + 1] = nnz;
        }
        return new BatchAssembler(InputEncoding.SPARSE_BINARY, x.cols(), null, start, Arrays.copyOf(cols, nnz));
    }

    public InputEncoding encoding() {
        return encoding;
    }

    /** The inputs of rows {@code rows[from..to)} as a tensor attached to {@code batchManager}. */
    public NDArray batch(int[] rows, int from, int to, NDManager batchManager) {
        int b = to - from;
        if (encoding == InputEncoding.DENSE) {
            long[] idx = new long[b];
            for (int i = 0; i < b; i++) {
                idx[i] = rows[from + i];
            }
            NDArray index = Tensors.longs(batchManager, idx);
            NDArray out = dense.get(index);
            out.attach(batchManager);
            return out;
        }
        int[] start = new int[b + 1];
        for (int i = 0; i < b; i++) {
            int row = rows[from + i];
            start[i + 1] = start[i] + rowStart[row + 1] - rowStart[row];
        }
        int[] columns = new int[start[b]];
        for (int i = 0; i < b; i++) {
            int row = rows[from + i];
            System.arraycopy(colIndex, rowStart[row], columns, start[i], rowStart[row + 1] - rowStart[row]);
        }
        return new SetBitRows(b, start, columns).toTensor(batchManager);
    }

    @Override
    public void close() {
        if (dense != null) {
            dense.close();
        }
    }
}
