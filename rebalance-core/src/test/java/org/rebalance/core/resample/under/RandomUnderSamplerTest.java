package org.rebalance.core.resample.under;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.Fixtures;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.resample.Sampler;
import org.rebalance.core.resample.SamplerContract;
import org.rebalance.core.resample.SamplerKind;
import org.rebalance.core.resample.SamplingStrategy;
import org.rebalance.core.resample.SamplingStrategy.Named;

class RandomUnderSamplerTest extends SamplerContract {
    @Override
    protected Sampler create(SamplingStrategy strategy) {
        return new RandomUnderSampler(strategy);
    }

    private static int[] countsAfter(Sampler s, Dataset<DenseMatrix> d) {
        return s.plan(d.inputs(), d.classTarget(), new SplittableRandom(11)).target(d.classTarget()).counts();
    }

    @Test
    void describesItself() {
        RandomUnderSampler s = new RandomUnderSampler();
        assertEquals(Named.AUTO, s.strategy());
        assertEquals(SamplerKind.UNDER, s.kind());
        assertFalse(s.synthesises());
        assertEquals("random-under", s.name());
    }

    @Test
    void ratioCountsMatchImbalancedLearnTruncation() {
        Dataset<DenseMatrix> d = Fixtures.binary(95, 10);
        // RandomUnderSampler(sampling_strategy=0.3).fit_resample(X, y), y = 95 x 0 + 10 x 1
        //   -> Counter({0: 33, 1: 10}): int(10 / 0.3) = int(33.33) = 33 kept
        assertArrayEquals(new int[] {33, 10}, countsAfter(create(new SamplingStrategy.Ratio(0.3)), d));
        // sampling_strategy=0.7 -> int(14.28) = 14 -> {0: 14, 1: 10}
        assertArrayEquals(new int[] {14, 10}, countsAfter(create(new SamplingStrategy.Ratio(0.7)), d));
        // sampling_strategy=1.0 -> {0: 10, 1: 10}
        assertArrayEquals(new int[] {10, 10}, countsAfter(create(new SamplingStrategy.Ratio(1.0)), d));
        // sampling_strategy=0.1 -> int(10 / 0.1) = 100 > 95 -> imbalanced-learn raises ValueError
        assertThrows(ConfigException.class, () -> countsAfter(create(new SamplingStrategy.Ratio(0.1)), d));
    }

    @Test
    void namedStrategiesOnThreeClasses() {
        // counts a/b/c = 50/20/5; under-sampling lowers the selected classes to the minority count 5
        Dataset<DenseMatrix> d = Fixtures.threeClass();
        assertArrayEquals(new int[] {5, 5, 5}, countsAfter(create(Named.AUTO), d));
        assertArrayEquals(new int[] {50, 5, 5}, countsAfter(create(Named.NOT_MAJORITY), d));
        assertArrayEquals(new int[] {5, 5, 5}, countsAfter(create(Named.NOT_MINORITY), d));
        assertArrayEquals(new int[] {5, 5, 5}, countsAfter(create(Named.ALL), d));
        // imbalanced-learn: "'sampling_strategy'='minority' cannot be used with under-sampler"
        assertThrows(ConfigException.class, () -> countsAfter(create(Named.MINORITY), d));
    }

    @Test
    void explicitCounts() {
        Dataset<DenseMatrix> d = Fixtures.threeClass();
        assertArrayEquals(new int[] {12, 20, 3}, countsAfter(create(SamplingStrategy.parse("a:12,c:3")), d));
        ConfigException e = assertThrows(ConfigException.class,
                () -> countsAfter(create(new SamplingStrategy.Counts(Map.of("c", 6))), d));
        assertTrue(e.getMessage().contains("\"c\"") && e.getMessage().contains("5")
                && e.getMessage().contains("6"), e.getMessage());
    }

    @Test
    void keepsDistinctRowsInAscendingOrderAndTheMinorityWhole() {
        Dataset<DenseMatrix> d = Fixtures.twentyPoints();
        int[] rows = create(Named.AUTO).plan(d.inputs(), d.classTarget(), new SplittableRandom(4)).rows();
        assertEquals(10, rows.length);
        for (int i = 1; i < rows.length; i++) {
            assertTrue(rows[i - 1] < rows[i]);
        }
        for (int p : new int[] {2, 6, 10, 14, 18}) {
            assertTrue(Arrays.binarySearch(rows, p) >= 0, "positive row " + p + " dropped");
        }
    }

    @Test
    void differentSeedsKeepDifferentRows() {
        Dataset<DenseMatrix> d = Fixtures.twentyPoints();
        Sampler s = create(Named.AUTO);
        assertNotEquals(Arrays.toString(s.plan(d.inputs(), d.classTarget(), new SplittableRandom(1)).rows()),
                Arrays.toString(s.plan(d.inputs(), d.classTarget(), new SplittableRandom(2)).rows()));
    }

    @Test
    void keptRowsAreUniform() {
        // 5 of 15 negatives kept per plan, 3,000 plans: each negative is expected 1,000 times (sd about 26).
        // A bound of +-12% fails if some rows are favoured (e.g. always keeping the first ones).
        Dataset<DenseMatrix> d = Fixtures.twentyPoints();
        Sampler s = create(Named.AUTO);
        int[] kept = new int[20];
        for (long seed = 0; seed < 3000; seed++) {
            for (int r : s.plan(d.inputs(), d.classTarget(), new SplittableRandom(seed)).rows()) {
                kept[r]++;
            }
        }
        for (int r = 0; r < 20; r++) {
            if (d.classTarget().label(r) == 0) {
                assertTrue(kept[r] > 880 && kept[r] < 1120, "row " + r + " kept " + kept[r] + " times");
            } else {
                assertEquals(3000, kept[r]);
            }
        }
    }
}
