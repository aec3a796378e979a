package org.rebalance.nn.batch;

import org.rebalance.core.data.DenseMatrix;

/**
 * How rows of a feature matrix reach the first layer. {@link #SPARSE_BINARY} hands only the
 * set-bit positions of 0/1 inputs (fingerprints) to the first layer, as a sparse COO tensor, so the
 * layer adds up the weight rows of those bits instead of multiplying by every zero. Measured on
 * 1024-bit, 8%-dense fingerprints with the CPU engine it is slower than {@link #DENSE} (libtorch's
 * sparse product does not beat its blocked dense one at this density; docs/benchmarks.md), so
 * DENSE is the default and SPARSE_BINARY an option for sparser inputs.
 */
public enum InputEncoding {
    /** A dense float matrix. */
    DENSE,
    /** Every value is 0 or 1 and at most a quarter are 1: a sparse 0/1 matrix (COO layout). */
    SPARSE_BINARY;

    /** Largest share of ones for which {@link #SPARSE_BINARY} is allowed. */
    static final double MAX_DENSITY = 0.25;

    /**
     * Whether {@code x} can be fed as {@link #SPARSE_BINARY}: every value is 0 or 1 and at most a
     * quarter are 1.
     */
    public static boolean isSparseBinary(DenseMatrix x) {
        long ones = 0;
        for (int r = 0; r < x.rows(); r++) {
            for (int c = 0; c < x.cols(); c++) {
                double v = x.get(r, c);
                if (v == 1.0) {
                    ones++;
                } else if (v != 0.0) {
                    return false;
                }
            }
        }
        return ones <= MAX_DENSITY * x.rows() * (double) x.cols();
    }
}
