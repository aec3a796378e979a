package org.rebalance.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ThresholdTest {
    @Test
    void defaultIsOneHalf() {
        assertEquals(0.5, Threshold.DEFAULT.value(), 0.0);
    }

    @Test
    void scoreEqualToTheThresholdIsPositive() {
        assertTrue(new Threshold(0.3).predictsPositive(0.3));
        assertFalse(new Threshold(0.3).predictsPositive(Math.nextDown(0.3)));
    }

    @Test
    void rejectsNaN() {
        assertThrows(IllegalArgumentException.class, () -> new Threshold(Double.NaN));
    }
}
