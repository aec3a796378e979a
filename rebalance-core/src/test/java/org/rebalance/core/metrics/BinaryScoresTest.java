package org.rebalance.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BinaryScoresTest {
    @Test
    void predictUsesGreaterOrEqual() {
        BinaryScores s = BinaryScores.of(0.1, 0.5, 0.49, 0.9);
        assertArrayEquals(new int[] {0, 1, 0, 1}, s.predict(Threshold.DEFAULT));
        assertArrayEquals(new int[] {0, 0, 0, 1}, s.predict(new Threshold(0.9)));
        assertEquals(4, s.size());
    }

    @Test
    void rejectsNaN() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BinaryScores.of(0.1, Double.NaN));
        assertEquals("score at index 1 is NaN", e.getMessage());
    }

    @Test
    void equalityIsByContent() {
        assertEquals(BinaryScores.of(0.1, 0.2), BinaryScores.of(0.1, 0.2));
    }
}
