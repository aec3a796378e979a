package org.rebalance.core.regression;

import java.util.Arrays;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.RegressionTarget;

/**
 * What a regression re-sampler ({@link Smoter}, {@link Smogn}) decided: indices into the original
 * training part (repeats allowed), then synthetic feature rows, row-major with {@code dimensions}
 * columns, and their targets. The resampled part is {@code rows} selected in order, then the
 * synthetic rows appended. Immutable: arrays are copied on the way in and out.
 *
 * @param rows selected original rows, each >= 0
 * @param synthetic synthetic feature rows, row-major, {@code syntheticTargets.length * dimensions} values
 * @param dimensions columns of a synthetic row
 * @param syntheticTargets the target of each synthetic row
 */
public record RegressionResampling(int[] rows, double[] synthetic, int dimensions, double[] syntheticTargets) {
    public RegressionResampling {
        rows = rows.clone();
        synthetic = synthetic.clone();
        syntheticTargets = syntheticTargets.clone();
        if (dimensions < 0) {
            throw new IllegalArgumentException("dimensions must be >= 0, got " + dimensions);
        }
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] < 0) {
                throw new IllegalArgumentException("row index " + rows[i] + " at position " + i + " is negative");
            }
        }
        if ((long) syntheticTargets.length * dimensions != synthetic.length) {
            throw new IllegalArgumentException(syntheticTargets.length + " synthetic targets of " + dimensions
                    + " dimensions need " + (long) syntheticTargets.length * dimensions + " values, got "
                    + synthetic.length);
        }
    }

    /** A plan of original rows only. */
    public static RegressionResampling of(int[] rows) {
        return new RegressionResampling(rows, new double[0], 0, new double[0]);
    }

    @Override
    public int[] rows() {
        return rows.clone();
    }

    @Override
    public double[] synthetic() {
        return synthetic.clone();
    }

    @Override
    public double[] syntheticTargets() {
        return syntheticTargets.clone();
    }

    /** Number of synthetic rows. */
    public int syntheticCount() {
        return syntheticTargets.length;
    }

    /** A copy of synthetic row i. */
    public double[] syntheticRow(int i) {
        return Arrays.copyOfRange(synthetic, i * dimensions, (i + 1) * dimensions);
    }

    /** Number of examples after resampling: selected rows plus synthetic rows. */
    public int size() {
        return rows.length + syntheticTargets.length;
    }

    /**
     * The resampled training part: the selected rows, then the synthetic rows, with their targets
     * in the same order; the origin is kept.
     *
     * @throws IllegalArgumentException if the part has no regression target, a row index is out of
     *     range, or the synthetic rows do not have the part's number of columns
     */
    public Dataset<DenseMatrix> applyTo(Dataset<DenseMatrix> train) {
        if (!(train.target() instanceof RegressionTarget target)) {
            throw new IllegalArgumentException("a regression resampling needs a regression target, got "
                    + train.target().getClass().getSimpleName());
        }
        int n = train.size();
        for (int r : rows) {
            if (r >= n) {
                throw new IllegalArgumentException("row index " + r + " is outside a part of " + n + " rows");
            }
        }
        DenseMatrix features = train.inputs().select(rows);
        if (syntheticTargets.length > 0) {
            if (dimensions != features.cols()) {
                throw new IllegalArgumentException("synthetic rows have " + dimensions + " values, the inputs "
                        + features.cols() + " columns");
            }
            features = features.appendRowMajor(synthetic, syntheticTargets.length);
        }
        double[] y = Arrays.copyOf(target.select(rows).values(), size());
        System.arraycopy(syntheticTargets, 0, y, rows.length, syntheticTargets.length);
        return new Dataset<>(features, new RegressionTarget(y), train.origin());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegressionResampling r && dimensions == r.dimensions && Arrays.equals(rows, r.rows)
                && Arrays.equals(synthetic, r.synthetic) && Arrays.equals(syntheticTargets, r.syntheticTargets);
    }

    @Override
    public int hashCode() {
        return ((31 * Arrays.hashCode(rows) + Arrays.hashCode(synthetic)) * 31 + Arrays.hashCode(syntheticTargets))
                * 31 + dimensions;
    }

    @Override
    public String toString() {
        return "RegressionResampling[rows=" + rows.length + ", synthetic=" + syntheticTargets.length + "]";
    }
}
