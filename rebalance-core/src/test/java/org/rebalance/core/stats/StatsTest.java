package org.rebalance.core.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StatsTest {
    private static final double[] BASELINE = {0.78, 0.80, 0.80, 0.81, 0.79, 0.83, 0.77};
    // baseline + (0.031, 0.042, -0.013, 0.054, 0.045, 0.056, 0.027)
    private static final double[] STRATEGY = {0.811, 0.842, 0.787, 0.864, 0.835, 0.886, 0.797};

    @Test
    void pairedTestsMatchScipy() {
        // scipy 1.10.1: wilcoxon(STRATEGY, BASELINE).pvalue = 0.03125 (exact: only one of 7 differences is
        // negative, and it has the smallest magnitude: 2 * 2/128); ttest_rel(...).pvalue = 0.008166805561645583
        PairedComparison c = PairedComparison.of("s", STRATEGY, "b", BASELINE);
        assertEquals(0.03125, c.wilcoxonP(), 1e-12);
        assertEquals(0.008166805561645583, c.tTestP(), 1e-9);
        assertEquals(0.034571428571428555, c.meanDifference(), 1e-12);
    }

    @Test
    void identicalResultsAreNoDifference() {
        PairedComparison c = PairedComparison.of("s", BASELINE, "b", BASELINE);
        assertEquals(1.0, c.wilcoxonP(), 0.0);
        assertEquals(0.0, c.meanDifference(), 0.0);
    }

    @Test
    void holmByHand() {
        // p = (0.01, 0.04, 0.03): sorted 0.01, 0.03, 0.04 -> 3 * 0.01 = 0.03, max(0.03, 2 * 0.03) = 0.06,
        // max(0.06, 1 * 0.04) = 0.06; back in the given order: 0.03, 0.06, 0.06
        assertArrayEquals(new double[] {0.03, 0.06, 0.06}, Holm.adjust(new double[] {0.01, 0.04, 0.03}), 1e-12);
        assertArrayEquals(new double[] {1.0, 1.0}, Holm.adjust(new double[] {0.6, 0.7}), 1e-12);
    }

    @Test
    void summaryMeanSdAndBootstrapInterval() {
        // mean of 1..5 = 3, sample sd = sqrt(2.5)
        Summary s = Summary.of(new double[] {1, 2, 3, 4, 5}, new SplittableRandom(1), 2000);
        assertEquals(3.0, s.mean(), 1e-12);
        assertEquals(Math.sqrt(2.5), s.sd(), 1e-12);
        assertTrue(s.ciLow() < 3 && s.ciHigh() > 3 && s.ciLow() >= 1 && s.ciHigh() <= 5, s.toString());
        // the bootstrap mean's spread is about sd / sqrt(n) = 0.707: the interval is roughly 3 +- 1.4
        assertTrue(s.ciHigh() - s.ciLow() > 2.0 && s.ciHigh() - s.ciLow() < 3.6, s.toString());
        assertEquals(Summary.of(new double[] {1, 2, 3, 4, 5}, new SplittableRandom(1), 2000), s);
        assertEquals(2.5, Summary.percentile(new double[] {1, 2, 3, 4}, 0.5), 1e-12);
    }
}
