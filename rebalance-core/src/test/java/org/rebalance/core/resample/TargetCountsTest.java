package org.rebalance.core.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TargetCountsTest {
    @Test
    void holdsFinalCountsImmutably() {
        int[] raw = {3, 4};
        TargetCounts t = new TargetCounts(raw);
        raw[0] = 99;
        t.perClass()[1] = 99;
        assertArrayEquals(new int[] {3, 4}, t.perClass());
        assertEquals(7, t.total());
        assertEquals(4, t.of(1));
        assertEquals(2, t.classCount());
        assertEquals(new TargetCounts(new int[] {3, 4}), t);
        assertThrows(IllegalArgumentException.class, () -> new TargetCounts(new int[] {1, -1}));
    }
}
