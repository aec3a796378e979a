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
 * <p>Immutable: the arrays are copied on the way in and out. Synthetic rows are stored in one row-major
 * array (an over-sampler may make a hundred thousand of them; one array instead of that many small
 * ones keeps the garbage collector out of the way).
 */
public final class Resampling {
    private final int[] rows;
    private final double[] synthetic; // the synthetic rows, row-major
    private final int dimensions;
    private final int[] syntheticLabels;

    private Resampling(int[] rows, double[] synthetic, int dimensions, int[] syntheticLabels) {
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] < 0) {
                throw new IllegalArgumentException("row index " + rows[i] + " at position " + i + " is negative");
            }
        }
        if ((long) syntheticLabels.length * dimensions != synthetic.length) {
            throw new IllegalArgumentException(syntheticLabels.length + " synthetic labels for "
                    + synthetic.length + " values of " + dimensions + " dimensions");
        }
        this.rows = rows;
        this.synthetic = synthetic;
        this.dimensions = dimensions;
        this.syntheticLabels = syntheticLabels;
    }

    /** Selected rows, synthetic rows (all of one length) and their labels. */
    public Resampling(int[] rows, double[][] synthetic, int[] syntheticLabels) {
        this(rows.clone(), flatten(synthetic, syntheticLabels.length), synthetic.length == 0 ? 0 : synthetic[0].length,
                syntheticLabels.clone());
    }

    /** Selected rows and synthetic rows given row-major in one array of {@code dimensions} columns. */
    public static Resampling ofRowMajor(int[] rows, double[] synthetic, int dimensions, int[] syntheticLabels) {
        return new Resampling(rows.clone(), synthetic.clone(), syntheticLabels.length == 0 ? 0 : dimensions,
                syntheticLabels.clone());
    }

    /**
     * The plan of an over-sampler that keeps all {@code n} rows, in order, and adds synthetic rows, taking the
     * arrays as they are (row-major synthetic rows and their labels; the caller must not change them afterwards).
     * Its {@link #features} share both the original rows and these (SMOTE at n = 100,000 makes 15 MB of them).
     */
    public static Resampling allRowsThen(int n, double[] synthetic, int dimensions, int[] syntheticLabels) {
        return new Resampling(inOrder(n), synthetic, syntheticLabels.length == 0 ? 0 : dimensions, syntheticLabels);
    }

    /** Rows 0 .. n - 1. */
    private static int[] inOrder(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }

    private static double[] flatten(double[][] synthetic, int labels) {
        if (synthetic.length != labels) {
            throw new IllegalArgumentException(synthetic.length + " synthetic rows but " + labels + " synthetic labels");
        }
        if (synthetic.length == 0) {
            return new double[0];
        }
        int d = synthetic[0].length;
        double[] flat = new double[synthetic.length * d];
        for (int i = 0; i < synthetic.length; i++) {
            if (synthetic[i].length != d) {
                throw new IllegalArgumentException("synthetic row " + i + " has " + synthetic[i].length
                        + " values, row 0 has " + d);
            }
            System.arraycopy(synthetic[i], 0, flat, i * d, d);
        }
        return flat;
    }

    /** The plan that keeps every one of n rows once, in order. */
    public static Resampling identity(int n) {
        return new Resampling(inOrder(n), new double[0], 0, new int[0]);
    }

    /** A plan of original rows only (a selection sampler's plan). */
    public static Resampling of(int[] rows) {
        return new Resampling(rows.clone(), new double[0], 0, new int[0]);
    }

    /** A copy of the selected original row indices. */
    public int[] rows() {
        return rows.clone();
    }

    /** A copy of the synthetic rows, one array per row. */
    public double[][] synthetic() {
        double[][] out = new double[syntheticLabels.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = syntheticRow(i);
        }
        return out;
    }

    /** A copy of synthetic row i. */
    public double[] syntheticRow(int i) {
        return Arrays.copyOfRange(synthetic, i * dimensions, (i + 1) * dimensions);
    }

    /** A copy of the labels of the synthetic rows. */
    public int[] syntheticLabels() {
        return syntheticLabels.clone();
    }

    /** Number of examples after resampling: selected rows plus synthetic rows. */
    public int size() {
        return rows.length + syntheticLabels.length;
    }

    /** Number of synthetic rows. */
    public int syntheticCount() {
        return syntheticLabels.length;
    }

    /** Whether the plan holds synthetic feature vectors. */
    public boolean hasSynthetic() {
        return syntheticLabels.length > 0;
    }

    /** The labels after resampling: those of the selected rows, then the synthetic labels. */
    public ClassTarget target(ClassTarget original) {
        checkRows(original.size());
        int[] labels = new int[size()];
        for (int i = 0; i < rows.length; i++) {
            labels[i] = original.label(rows[i]);
        }
        System.arraycopy(syntheticLabels, 0, labels, rows.length, syntheticLabels.length);
        return new ClassTarget(labels, original.classes());
    }

    /**
     * The features after resampling: the selected rows, then the synthetic rows. A plan that keeps every row in
     * order shares the original rows and its own synthetic rows with the matrix it gives (all are immutable).
     */
    public DenseMatrix features(DenseMatrix original) {
        checkRows(original.rows());
        if (!hasSynthetic()) {
            return original.select(rows);
        }
        if (original.cols() != dimensions) {
            throw new IllegalArgumentException("synthetic rows have " + dimensions + " values, the inputs "
                    + original.cols() + " columns");
        }
        if (keepsAllInOrder(original.rows())) {
            return original.withRowsBelow(synthetic, syntheticLabels.length);
        }
        return original.selectThenAppend(rows, synthetic, 0, syntheticLabels.length);
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
        if (!hasSynthetic()) {
            return train.select(rows);
        }
        if (!(train.inputs() instanceof DenseMatrix matrix)) {
            throw new ConfigException("sampler " + samplerName + " synthesises feature vectors; it cannot be used"
                    + " with graph/table inputs (" + train.inputs().getClass().getSimpleName()
                    + "); use random over-sampling, class-balanced batches or graph augmentation instead");
        }
        return new Dataset<>((I) features(matrix), target(train.classTarget()), train.origin());
    }

    private boolean keepsAllInOrder(int n) {
        if (rows.length != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (rows[i] != i) {
                return false;
            }
        }
        return true;
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
        return o instanceof Resampling r && dimensions == r.dimensions && Arrays.equals(rows, r.rows)
                && Arrays.equals(synthetic, r.synthetic)
                && Arrays.equals(syntheticLabels, r.syntheticLabels);
    }

    @Override
    public int hashCode() {
        int h = 31 * Arrays.hashCode(rows);
        h = 31 * h + Arrays.hashCode(synthetic);
        return h * 31 + Arrays.hashCode(syntheticLabels);
    }

    @Override
    public String toString() {
        return "Resampling[rows=" + rows.length + ", synthetic=" + syntheticLabels.length + "]";
    }
}
