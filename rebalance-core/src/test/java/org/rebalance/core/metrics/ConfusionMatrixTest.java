package org.rebalance.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {
    // truth     [0, 0, 1, 1, 2, 2, 2]
    // predicted [0, 1, 1, 1, 2, 0, 1]
    // like sklearn.metrics.confusion_matrix: [[1, 1, 0], [0, 2, 0], [1, 1, 1]]
    private static final ConfusionMatrix M = ConfusionMatrix.of(
            new int[] {0, 0, 1, 1, 2, 2, 2}, new int[] {0, 1, 1, 1, 2, 0, 1}, 3);

    @Test
    void countsRowsAsTruthAndColumnsAsPredictions() {
        assertArrayEquals(new long[][] {{1, 1, 0}, {0, 2, 0}, {1, 1, 1}}, M.toArray());
        assertEquals(3, M.classes());
        assertEquals(7, M.total());
        assertEquals(4, M.correct());
        assertEquals(1, M.count(2, 0));
        assertEquals(3, M.rowTotal(2));
        assertEquals(4, M.columnTotal(1));
    }

    @Test
    void oneVsRestCounts() {
        // class 1: TP 2, FP = column 1 minus TP = 4 - 2 = 2, FN = row 1 minus TP = 0, TN = 7 - 2 - 2 - 0 = 3
        assertEquals(2, M.truePositives(1));
        assertEquals(2, M.falsePositives(1));
        assertEquals(0, M.falseNegatives(1));
        assertEquals(3, M.trueNegatives(1));
        // class 2: TP 1, FP 0, FN 2, TN 4
        assertEquals(1, M.truePositives(2));
        assertEquals(0, M.falsePositives(2));
        assertEquals(2, M.falseNegatives(2));
        assertEquals(4, M.trueNegatives(2));
    }

    @Test
    void toArrayIsACopy() {
        long[][] a = M.toArray();
        a[0][0] = 99;
        assertEquals(1, M.count(0, 0));
    }

    @Test
    void fromCountsEqualsFromLabels() {
        assertEquals(M, ConfusionMatrix.of(new long[][] {{1, 1, 0}, {0, 2, 0}, {1, 1, 1}}));
        assertEquals(M.hashCode(), ConfusionMatrix.of(M.toArray()).hashCode());
    }

    @Test
    void rejectsMismatchedLengthsShowingBothSizes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new int[] {0, 1, 1}, new int[] {0, 1}, 2));
        assertEquals("truth has 3 labels but predicted has 2", e.getMessage());
    }

    @Test
    void rejectsLabelsOutOfRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new int[] {0, 1}, new int[] {0, 2}, 2));
        assertTrue(e.getMessage().contains("predicted label 2 at index 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(new int[] {-1}, new int[] {0}, 2));
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(new int[0], new int[0], 0));
    }

    @Test
    void rejectsBadCounts() {
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(new long[][] {{1, 2}, {3}}));
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(new long[][] {{1, -2}, {3, 4}}));
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(new long[0][]));
    }
}
