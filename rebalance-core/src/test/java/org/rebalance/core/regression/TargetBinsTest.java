package org.rebalance.core.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;

class TargetBinsTest {
    private static final double EPS = 1e-12;

    @Test
    void nineUnitBinsOverOneToTen() {
        TargetBins b = TargetBins.of(1, 10, 9);
        assertEquals(0, b.bin(1));
        assertEquals(0, b.bin(1.999));
        assertEquals(1, b.bin(2));
        assertEquals(8, b.bin(9.5));
        assertEquals(8, b.bin(10));     // the last bin is closed
        assertEquals(0, b.bin(0));      // clamped
        assertEquals(0, b.bin(-100));
        assertEquals(8, b.bin(11));
        assertEquals(1.5, b.centre(0), EPS);
        assertEquals(5.5, b.centre(4), EPS);
        assertEquals(9.5, b.centre(8), EPS);
        // edges of unit bins over [1, 10]: bin 0 is [1, 2), bin 8 is [9, 10]
        assertEquals(1.0, b.lowerEdge(0), EPS);
        assertEquals(2.0, b.upperEdge(0), EPS);
        assertEquals(9.0, b.lowerEdge(8), EPS);
        assertEquals(10.0, b.upperEdge(8), EPS);
        // bin 0: 1, 1.5, 0.5 (clamped); bin 1: 2; bin 8: 9.99, 10, 12 (clamped)
        assertArrayEquals(new int[] {3, 1, 0, 0, 0, 0, 0, 0, 3}, b.counts(new double[] {1, 1.5, 2, 9.99, 10, 12, 0.5}));
    }

    @Test
    void decimalEdgesFallInTheBinTheyOpen() {
        TargetBins b = TargetBins.of(0, 1, 10);
        for (int k = 0; k < 10; k++) {
            assertEquals(k, b.bin(k / 10.0), "value " + k / 10.0); // 0.3 / 0.1 would give 2.9999999999999996
        }
    }

    @Test
    void coveringSpansTheValues() {
        TargetBins b = TargetBins.covering(new double[] {5, 3, 7}, 4);
        assertEquals(TargetBins.of(3, 7, 4), b);
        assertEquals(3, b.bin(7));
        assertEquals(3.5, b.centre(0), EPS);
        assertThrows(IllegalArgumentException.class, () -> TargetBins.covering(new double[] {2, 2}, 3));
        assertThrows(IllegalArgumentException.class, () -> TargetBins.covering(new double[0], 3));
        assertThrows(IllegalArgumentException.class, () -> TargetBins.covering(new double[] {1, Double.NaN}, 3));
        assertThrows(IllegalArgumentException.class, () -> b.bin(Double.NaN));
    }

    @Test
    void badParameters() {
        assertThrows(ConfigException.class, () -> TargetBins.of(1, 1, 3));
        assertThrows(ConfigException.class, () -> TargetBins.of(1, 0, 3));
        assertThrows(ConfigException.class, () -> TargetBins.of(0, Double.POSITIVE_INFINITY, 3));
        assertThrows(ConfigException.class, () -> TargetBins.of(0, 1, 0));
    }

    @Property(tries = 300)
    void everyCentreLiesInItsOwnBin(@ForAll @DoubleRange(min = -1e3, max = 1e3) @Scale(6) double low,
            @ForAll @DoubleRange(min = 1e-3, max = 1e3) @Scale(6) double width,
            @ForAll @IntRange(min = 1, max = 60) int bins) {
        TargetBins b = TargetBins.of(low, low + width, bins);
        for (int k = 0; k < bins; k++) {
            assertEquals(k, b.bin(b.centre(k)));
        }
        assertEquals(0, b.bin(low));
        assertEquals(bins - 1, b.bin(low + width));
    }
}
