package org.rebalance.core.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.batch.BatchPolicy;
import org.rebalance.core.data.ClassTarget;

class TargetBinnedLabelsTest {
    @Test
    void equalWidthBinsNamedByTheirIntervalsWithTheMaximumInTheLastBin() {
        // range [1, 5] in 4 bins of width 1; 2.0, 3.0 and 4.0 sit on edges and go up, 5.0 is the maximum
        ClassTarget t = TargetBinnedLabels.of(new double[] {1.0, 1.5, 2.0, 2.9, 3.0, 4.0, 4.99, 5.0}, 4);
        assertEquals(List.of("[1.0,2.0)", "[2.0,3.0)", "[3.0,4.0)", "[4.0,5.0]"), t.classes().names());
        assertArrayEquals(new int[] {0, 0, 1, 1, 2, 3, 3, 3}, t.labels());
        assertArrayEquals(new int[] {2, 2, 1, 3}, t.counts());
    }

    @Test
    void emptyBinsStayAsClasses() {
        // numpy: np.histogram([0, 0.1, 9.5, 10], bins=5, range=(0, 10)) -> [2, 0, 0, 0, 2]
        ClassTarget t = TargetBinnedLabels.of(new double[] {0, 0.1, 9.5, 10}, 5);
        assertArrayEquals(new int[] {2, 0, 0, 0, 2}, t.counts());
        assertEquals("[8.0,10.0]", t.classes().name(4));
    }

    @Test
    void edgesThatAreNotExactDecimalsStillAgreeWithTheNames() {
        // edges min + (max - min) * i / bins in doubles (python gives the same). [0.1, 1.0] in 9 bins:
        // [0.1, 0.2, 0.30000000000000004, 0.4, 0.5, 0.6, 0.7000000000000001, ...]; (0.3 - 0.1) / 0.9 * 9 is
        // 2.0000000000000004, but 0.3 is below the edge 0.30000000000000004, so it belongs to bin 1
        ClassTarget t = TargetBinnedLabels.of(new double[] {0.1, 0.3, 0.7, 1.0}, 9);
        assertEquals("[0.2,0.30000000000000004)", t.classes().name(1));
        assertEquals(1, t.label(1));
        assertEquals("[0.6,0.7000000000000001)", t.classes().name(5));
        assertEquals(5, t.label(2));
        assertEquals("[0.9,1.0]", t.classes().name(8));
        assertEquals(8, t.label(3));
        // [1.1, 2.0] in 9 bins: the edge of bin 2 is exactly 1.3, but (1.3 - 1.1) / 0.9 * 9 is 1.9999999999999996
        ClassTarget u = TargetBinnedLabels.of(new double[] {1.1, 1.3, 2.0}, 9);
        assertEquals("[1.3,1.4000000000000001)", u.classes().name(2));
        assertEquals(2, u.label(1));
    }

    @Test
    void equalTargetsMakeOneBin() {
        ClassTarget t = TargetBinnedLabels.of(new double[] {2.5, 2.5}, 8);
        assertEquals(List.of("[2.5,2.5]"), t.classes().names());
        assertArrayEquals(new int[] {0, 0}, t.labels());
    }

    @Test
    void classBalancedBatchesVisitEveryTargetBinAlike() {
        // 90 targets in [0, 1), 10 in [9, 10]: two bins of 90 and 10; balanced draws pick each about half the time
        double[] y = new double[100];
        for (int i = 0; i < 100; i++) {
            y[i] = i < 90 ? i / 90.0 : 9 + (i - 90) / 9.0;
        }
        ClassTarget t = TargetBinnedLabels.of(y, 2);
        assertArrayEquals(new int[] {90, 10}, t.counts());
        int[] epoch = new BatchPolicy.ClassBalanced(BatchPolicy.Replacement.WITH, 10000).epoch(t,
                new SplittableRandom(3));
        long rare = java.util.Arrays.stream(epoch).filter(r -> r >= 90).count();
        assertTrue(rare > 4700 && rare < 5300, "rare-bin draws " + rare);
    }

    @Test
    void badArgumentsAreRejected() {
        assertEquals("target bins must be >= 1, got 0",
                assertThrows(ConfigException.class, () -> TargetBinnedLabels.of(new double[] {1, 2}, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> TargetBinnedLabels.of(new double[0], 3));
        assertThrows(IllegalArgumentException.class, () -> TargetBinnedLabels.of(new double[] {1, Double.NaN}, 3));
        assertThrows(ConfigException.class, () -> TargetBinnedLabels.of(new double[] {1, Math.nextUp(1.0)}, 10));
    }

    @Property(tries = 300)
    void everyValueLiesInTheIntervalItsBinNames(
            @ForAll @Size(min = 1, max = 50) List<@DoubleRange(min = -1000, max = 1000) Double> targets,
            @ForAll @IntRange(min = 1, max = 40) int bins) {
        double[] y = targets.stream().mapToDouble(Double::doubleValue).toArray();
        TargetBinnedLabels.Binned b = TargetBinnedLabels.bin(y, bins);
        double[] e = b.edges();
        for (int i = 0; i < y.length; i++) {
            int k = b.labels()[i];
            boolean last = k == b.bins() - 1;
            assertTrue(y[i] >= e[k] && (y[i] < e[k + 1] || last && y[i] <= e[k + 1]),
                    y[i] + " in bin " + k + " of edges " + java.util.Arrays.toString(e));
        }
        assertEquals(y.length, java.util.Arrays.stream(TargetBinnedLabels.of(y, bins).counts()).sum());
    }
}
