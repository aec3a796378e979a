package org.rebalance.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DenseMatrixTest {
    private final DenseMatrix three = DenseMatrix.of(new double[][] {{1, 2}, {3, 4}, {5, 6}}, Schema.numbered(2));

    @Test
    void selectThenAppendEqualsSelectingAndAppendingInTwoSteps() {
        double[] extra = {0, 0, 7, 8, 9, 10};
        for (int[] rows : new int[][] {{0, 1, 2}, {2, 0, 0}, {1}, {}}) {
            DenseMatrix twoSteps = three.select(rows).appendRowMajor(new double[] {7, 8, 9, 10}, 2);
            DenseMatrix oneStep = three.selectThenAppend(rows, extra, 2, 2);
            assertArrayEquals(twoSteps.toArray(), oneStep.toArray());
            assertEquals(rows.length + 2, oneStep.rows());
        }
        assertArrayEquals(new double[] {3, 4, 1, 2, 1, 2, 9, 10}, three.selectThenAppend(new int[] {1, 0, 0},
                extra, 4, 1).toArray());
    }

    @Test
    void selectThenAppendChecksTheExtraValues() {
        assertThrows(IllegalArgumentException.class, () -> three.selectThenAppend(new int[] {0}, new double[3], 0, 2));
        assertThrows(IllegalArgumentException.class, () -> three.selectThenAppend(new int[] {0}, new double[4], 1, 2));
    }

    @Test
    void rowsAppendedBelowReadLikeOneMatrix() {
        DenseMatrix five = three.withRowsBelow(new double[] {7, 8, 9, 10}, 2);
        assertEquals(5, five.rows());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, five.toArray());
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, five.toFloatArray());
        assertEquals(6.0, five.get(2, 1));
        assertEquals(7.0, five.get(3, 0));
        assertArrayEquals(new double[] {9, 10}, five.row(4));
        float[] f = new float[4];
        five.copyRow(2, f, 0);
        five.copyRow(3, f, 2);
        assertArrayEquals(new float[] {5, 6, 7, 8}, f);
        assertArrayEquals(new double[] {9, 10, 1, 2, 5, 6, 7, 8}, five.select(new int[] {4, 0, 2, 3}).toArray());
        // appending again joins the new rows to the tail; the matrices before stay as they were
        DenseMatrix six = five.appendRows(new double[][] {{11, 12}});
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, six.toArray());
        assertEquals(5, five.rows());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, three.toArray());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 0, 1, 2},
                six.selectThenAppend(new int[] {0, 1, 2, 3, 4}, new double[] {0, 0, 1, 2}, 0, 2).toArray());
        assertSame(five, five.withRowsBelow(new double[0], 0));
    }

    @Test
    void appendingCopiesTheGivenRowsButWithRowsBelowTakesThem() {
        double[] extra = {7, 8};
        DenseMatrix copied = three.appendRowMajor(extra, 1);
        DenseMatrix taken = three.withRowsBelow(extra, 1);
        extra[0] = 99;
        assertEquals(7.0, copied.get(3, 0));
        assertEquals(99.0, taken.get(3, 0)); // documented: the caller hands the array over
        assertThrows(IllegalArgumentException.class, () -> three.withRowsBelow(new double[3], 2));
    }

    @Test
    void selectingEveryRowInOrderThenAppendingSharesNothingWritable() {
        double[] extra = {7, 8};
        DenseMatrix all = three.selectThenAppend(new int[] {0, 1, 2}, extra, 0, 1);
        extra[0] = 99;
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7, 8}, all.toArray());
    }
}
