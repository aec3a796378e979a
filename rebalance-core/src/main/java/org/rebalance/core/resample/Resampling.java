package org.rebalance.core.resample;

import java.util.Arrays;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Inputs;

/**
 * What a {@link Sampler} decided: indices into the original training part (repeats allowed) followed by
 * synthetic feature rows with their class labels. The resampled part is {@code rows} selected in order,
 * then the synthetic rows appended.
 *
 * <p>Order convention for the samplers in this library: the kept original rows in ascending order, then
 * the repeated rows (in the order they were drawn), then the synthetic rows.
 *
 * <p>The arrays are copied on the way in and out, so a plan cannot change after it is made.
 */
public record Resampling(int[] rows, double[][] synthetic, int[] syntheticLabels) {
    private static final double[][] NONE = new double[0][];

    public Resampling {
        rows = rows.clone();
        if (synthetic.length != syntheticLabels.length) {
            throw new IllegalArgumentException(synthetic.length + " synthetic rows but " + syntheticLabels.length
                    + " synthetic labels");
        }
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] < 0) {
                throw new IllegalArgumentException("row index " + rows[i] + " at position " + i + " is negative");
            }
        }
        double[][] copy = new double[synthetic.length][];
        for (int i = 0; i < synthetic.length; i++) {
            if (synthetic[i].length != synthetic[0].length) {
                throw new IllegalArgumentException("synthetic row " + i + " has " + synthetic[i].length
                        + " values, row 0 has " + synthetic[0].length);
            }
            copy[i] = synthetic[i].clone();
        }
        synthetic = copy;
        syntheticLabels = syntheticLabels.clone();
    }

    /** The plan that keeps every one of n rows once, in order. */
    public static Resampling identity(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return of(rows);
    }

    /** A plan of original rows only (a selection sampler's plan). */
    public static Resampling of(int[] rows) {
        return new Resampling(rows, NONE, new int[0]);
    }

    /** A copy of the selected original row indices. */
    @Override
    public int[] rows() {
        return rows.clone();
    }

    /** A deep copy of the synthetic rows. */
    @Override
    public double[][] synthetic() {
        double[][] out = new double[synthetic.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = synthetic[i].clone();
        }
        return out;
    }

    /** A copy of the labels of the synthetic rows. */
    @Override
    public int[] syntheticLabels() {
        return syntheticLabels.clone();
    }

    /** Number of examples after resampling: selected rows plus synthetic rows. */
    public int size() {
        return rows.length + synthetic.length;
    }

    /** Number of synthetic rows. */
    public int syntheticCount() {
        return synthetic.length;
    }

    /** Whether the plan holds synthetic feature vectors. */
    public boolean hasSynthetic() {
        return synthetic.length > 0;
    }

    /** The labels after resampling: those of the selected rows, then the synthetic labels. */
    public ClassTarget target(ClassTarget original) {
        checkRows(original.size());
        int[] labels = Arrays.copyOf(original.select(rows).labels(), size());
        System.arraycopy(syntheticLabels, 0, labels, rows.length, syntheticLabels.length);
        return new ClassTarget(labels, original.classes());
    }

    /** The features after resampling: the selected rows, then the synthetic rows. */
    public DenseMatrix features(DenseMatrix original) {
        checkRows(original.rows());
        DenseMatrix selected = original.select(rows);
        return synthetic.length == 0 ? selected : selected.appendRows(synthetic);
    }

    /**
     * The resampled training part. Selection-only plans work for any inputs (graphs, images, tables) and
     * any target; plans with synthetic rows need {@link DenseMatrix} inputs and a class target.
     *
     * @throws ConfigException if the plan has synthetic rows and the inputs are not feature vectors
     */
    public <I extends Inputs> Dataset<I> applyTo(Dataset<I> train) {
        return applyTo(train, "this sampler");
    }

    /**
     * As {@link #applyTo(Dataset)}, naming the sampler in the error message.
     *
     * @param samplerName the sampler's CLI name, e.g. {@code smote}
     */
    @SuppressWarnings("unchecked")
    public <I extends Inputs> Dataset<I> applyTo(Dataset<I> train, String samplerName) {
        checkRows(train.size());
        if (synthetic.length == 0) {
            return train.select(rows);
        }
        if (!(train.inputs() instanceof DenseMatrix matrix)) {
            throw new ConfigException("sampler " + samplerName + " synthesises feature vectors; it cannot be used"
                    + " with graph/table inputs (" + train.inputs().getClass().getSimpleName()
                    + "); use random over-sampling, class-balanced batches or graph augmentation instead");
        }
        if (matrix.cols() != synthetic[0].length) {
            throw new IllegalArgumentException("synthetic rows have " + synthetic[0].length
                    + " values, the inputs " + matrix.cols() + " columns");
        }
        return new Dataset<>((I) features(matrix), target(train.classTarget()), train.origin());
    }

    private void checkRows(int n) {
        for (int r : rows) {
            if (r >= n) {
                throw new IllegalArgumentException("row index " + r + " is outside a part of " + n + " rows");
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Resampling r && Arrays.equals(rows, r.rows)
                && Arrays.deepEquals(synthetic, r.synthetic) && Arrays.equals(syntheticLabels, r.syntheticLabels);
    }

    @Override
    public int hashCode() {
        return (31 * Arrays.hashCode(rows) + Arrays.deepHashCode(synthetic)) * 31 + Arrays.hashCode(syntheticLabels);
    }

    @Override
    public String toString() {
        return "Resampling[rows=" + rows.length + ", synthetic=" + synthetic.length + "]";
    }
}
