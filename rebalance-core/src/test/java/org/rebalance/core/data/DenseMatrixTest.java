package org.rebalance.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void toArrayWithRoomCopiesTheValuesAndLeavesZerosAfterThem() {
        double[] values = three.toArrayWithRoom(2);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 0, 0, 0, 0}, values);
        values[0] = 99;
        assertEquals(1.0, three.get(0, 0));
        assertThrows(IllegalArgumentException.class, () -> three.toArrayWithRoom(-1));
    }
}
