package org.rebalance.core.weight;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClassWeightsTest {
    @Test
    void looksUpWeightsPerClassAndPerExample() {
        ClassWeights w = new ClassWeights(new double[] {0.5, 2.0});
        assertEquals(2.0, w.of(1));
        assertArrayEquals(new double[] {2.0, 0.5, 2.0}, w.perExample(new int[] {1, 0, 1}));
        assertArrayEquals(new double[] {1, 1, 1}, ClassWeights.uniform(3).perClass());
        assertThrows(IllegalArgumentException.class, () -> w.perExample(new int[] {2}));
    }

    @Test
    void rejectsNonPositiveOrNonFiniteWeights() {
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThrows(IllegalArgumentException.class, () -> new ClassWeights(new double[] {1, bad}));
        }
    }

    @Test
    void isImmutable() {
        double[] raw = {1, 2};
        ClassWeights w = new ClassWeights(raw);
        raw[0] = 5;
        w.perClass()[1] = 5;
        assertEquals(new ClassWeights(new double[] {1, 2}), w);
    }
}
