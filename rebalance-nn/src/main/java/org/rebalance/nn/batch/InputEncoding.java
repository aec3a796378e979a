package org.rebalance.nn.batch;

import org.rebalance.core.data.DenseMatrix;

/**
 * How rows of a feature matrix reach the first layer. Binary fingerprints are mostly zeros, so
 * {@link #SPARSE_BINARY} hands the set-bit positions to a first layer that adds up the weight rows
 * of those bits instead of multiplying by every zero.
 */
public enum InputEncoding {
    /** A dense float matrix. */
    DENSE,
    /** Every value is 0 or 1 and at most a quarter are 1: a sparse 0/1 matrix (COO layout). */
    SPARSE_BINARY;

    /** Largest share of ones for which the sparse path pays off. */
    static final double MAX_DENSITY = 0.25;

    /** SPARSE_BINARY when every value is 0 or 1 and few are 1, else DENSE. */
    public static InputEncoding choose(DenseMatrix x) {
        long ones = 0;
        int rows = x.rows();
        int cols = x.cols();
        if (cols < 64) {
            return DENSE;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double v = x.get(r, c);
                if (v == 1.0) {
                    ones++;
                } else if (v != 0.0) {
                    return DENSE;
                }
            }
        }
        return ones <= MAX_DENSITY * rows * (double) cols ? SPARSE_BINARY : DENSE;
    }
}
