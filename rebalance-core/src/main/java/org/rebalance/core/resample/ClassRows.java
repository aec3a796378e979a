package org.rebalance.core.resample;

import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.DenseMatrix;

/** The row indices of each class, in ascending order: shared bookkeeping for samplers. */
public final class ClassRows {
    private final int[][] rows;

    private ClassRows(int[][] rows) {
        this.rows = rows;
    }

    /** Groups the rows of a target by class. */
    public static ClassRows of(ClassTarget target) {
        int[] counts = target.counts();
        int[][] rows = new int[counts.length][];
        for (int c = 0; c < counts.length; c++) {
            rows[c] = new int[counts[c]];
        }
        int[] fill = new int[counts.length];
        for (int i = 0; i < target.size(); i++) {
            int y = target.label(i);
            rows[y][fill[y]++] = i;
        }
        return new ClassRows(rows);
    }

    /** A copy of the rows of one class, ascending. */
    public int[] of(int classIndex) {
        return rows[classIndex].clone();
    }

    /** Number of rows of one class. */
    public int count(int classIndex) {
        return rows[classIndex].length;
    }

    /** The row of the given position within a class (0 = its first row). */
    public int row(int classIndex, int position) {
        return rows[classIndex][position];
    }

    /** Number of classes. */
    public int classCount() {
        return rows.length;
    }

    /**
     * Checks that a sampler's features and target describe the same examples.
     *
     * @throws IllegalArgumentException if the row counts differ
     */
    public static void checkAligned(DenseMatrix features, ClassTarget target) {
        if (features.rows() != target.size()) {
            throw new IllegalArgumentException("features have " + features.rows() + " rows but the target has "
                    + target.size());
        }
    }
}
