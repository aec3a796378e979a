package org.rebalance.core.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FriedmanTest {
    // five data sets x four strategies; one tie (0.70, 0.70) in the third data set
    private static final double[][] SCORES = {{0.80, 0.82, 0.79, 0.85}, {0.70, 0.74, 0.71, 0.75},
        {0.66, 0.70, 0.70, 0.72}, {0.90, 0.91, 0.89, 0.93}, {0.60, 0.65, 0.62, 0.64}};

    @Test
    void matchesScipy() {
        // scipy 1.10.1: friedmanchisquare(*X.T) = (11.938775510204085, 0.007595859622582549);
        // mean ranks of rankdata(-row): [3.6, 1.9, 3.3, 1.2]
        Friedman f = Friedman.of(SCORES, true);
        assertArrayEquals(new double[] {3.6, 1.9, 3.3, 1.2}, f.averageRanks(), 1e-12);
        assertEquals(11.938775510204085, f.chiSquare(), 1e-9);
        assertEquals(0.007595859622582549, f.chiSquareP(), 1e-9);
        assertEquals(5, f.datasets());
    }

    @Test
    void nemenyiCriticalDifferenceFollowsDemsar() {
        // CD = 2.569 * sqrt(4 * 5 / (6 * 5)) for k = 4, N = 5
        Friedman f = Friedman.of(SCORES, true);
        assertEquals(2.569 * Math.sqrt(20.0 / 30.0), f.criticalDifference(), 1e-12);
        assertTrue(f.differ(0, 3), "3.6 vs 1.2: 2.4 > 2.098");
        assertFalse(f.differ(1, 3));
    }

    @Test
    void lowerIsBetterReversesTheRanks() {
        Friedman f = Friedman.of(SCORES, false);
        assertArrayEquals(new double[] {1.4, 3.1, 1.7, 3.8}, f.averageRanks(), 1e-12);
        assertEquals(Friedman.of(SCORES, true).chiSquare(), f.chiSquare(), 1e-9);
    }

    @Test
    void needsTwoDataSetsAndTwoStrategies() {
        assertThrows(IllegalArgumentException.class, () -> Friedman.of(new double[][] {{1, 2}}, true));
        assertThrows(IllegalArgumentException.class, () -> Friedman.of(new double[][] {{1}, {2}}, true));
        assertArrayEquals(new double[] {1.5, 1.5, 3}, Friedman.ranks(new double[] {2, 2, 1}, true), 0);
    }
}
