package org.rebalance.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MulticlassScoresTest {
    @Test
    void argmaxTakesTheFirstColumnOnTies() {
        MulticlassScores s = MulticlassScores.of(
                new double[] {0.2, 0.5, 0.3},
                new double[] {0.4, 0.4, 0.2},
                new double[] {0.1, 0.3, 0.6});
        assertArrayEquals(new int[] {1, 0, 2}, s.argmax());
        assertEquals(3, s.classes());
        assertArrayEquals(new double[] {0.5, 0.4, 0.3}, s.column(1), 0.0);
    }

    @Test
    void rejectsRaggedRowsNaNAndOneColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MulticlassScores.of(new double[] {0.5, 0.5}, new double[] {1.0}));
        assertEquals("row 1 has 1 columns, row 0 has 2", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MulticlassScores.of(new double[] {0.5, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> MulticlassScores.of(new double[] {1.0}));
    }

    @Test
    void emptyScoresHaveNoClasses() {
        MulticlassScores s = MulticlassScores.of();
        assertEquals(0, s.size());
        assertEquals(0, s.classes());
    }
}
