package org.rebalance.core.resample.over;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.Fixtures;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.resample.Resampling;
import org.rebalance.core.resample.Sampler;
import org.rebalance.core.resample.SamplerContract;
import org.rebalance.core.resample.SamplerKind;
import org.rebalance.core.resample.SamplingStrategy;
import org.rebalance.core.resample.SamplingStrategy.Named;

class RandomOverSamplerTest extends SamplerContract {
    @Override
    protected Sampler create(SamplingStrategy strategy) {
        return new RandomOverSampler(strategy);
    }

    private static int[] countsAfter(Sampler s, Dataset<DenseMatrix> d) {
        return s.plan(d.inputs(), d.classTarget(), new SplittableRandom(11)).target(d.classTarget()).counts();
    }

    @Test
    void describesItself() {
        RandomOverSampler s = new RandomOverSampler();
        assertEquals(Named.AUTO, s.strategy());
        assertEquals(SamplerKind.OVER, s.kind());
        assertFalse(s.synthesises());
        assertEquals("random-over", s.name());
    }

    @Test
    void ratioCountsMatchImbalancedLearnTruncation() {
        Dataset<DenseMatrix> d = Fixtures.binary(95, 10);
        // RandomOverSampler(sampling_strategy=0.5).fit_resample(X, y), y = 95 x 0 + 10 x 1
        //   -> Counter({0: 95, 1: 47}): int(95 * 0.5 - 10) = 37 added
        assertArrayEquals(new int[] {95, 47}, countsAfter(create(new SamplingStrategy.Ratio(0.5)), d));
        // sampling_strategy=0.33 -> int(31.35 - 10) = 21 added -> {0: 95, 1: 31}
        assertArrayEquals(new int[] {95, 31}, countsAfter(create(new SamplingStrategy.Ratio(0.33)), d));
        // sampling_strategy=0.1 -> int(9.5 - 10) = int(-0.5) = 0 added (truncation toward zero: no error)
        assertArrayEquals(new int[] {95, 10}, countsAfter(create(new SamplingStrategy.Ratio(0.1)), d));
        // sampling_strategy=1.0 -> {0: 95, 1: 95}
        assertArrayEquals(new int[] {95, 95}, countsAfter(create(new SamplingStrategy.Ratio(1.0)), d));
        // sampling_strategy=0.05 -> int(4.75 - 10) = -5 < 0 -> imbalanced-learn raises ValueError
        assertThrows(ConfigException.class, () -> countsAfter(create(new SamplingStrategy.Ratio(0.05)), d));
    }

    @Test
    void ratioTruncatesTheFloatingPointProductLikePython() {
        // 100 * 0.29 == 28.999999999999996 in IEEE doubles; RandomOverSampler(sampling_strategy=0.29) on
        // 100 x 0 + 10 x 1 adds int(28.999999999999996 - 10) = 18 -> Counter({0: 100, 1: 28})
        assertArrayEquals(new int[] {100, 28},
                countsAfter(create(new SamplingStrategy.Ratio(0.29)), Fixtures.binary(100, 10)));
    }

    @Test
    void namedStrategiesOnThreeClasses() {
        // counts a/b/c = 50/20/5; over-sampling raises the selected classes to the majority count 50
        Dataset<DenseMatrix> d = Fixtures.threeClass();
        assertArrayEquals(new int[] {50, 20, 5}, d.classTarget().counts());
        assertArrayEquals(new int[] {50, 50, 50}, countsAfter(create(Named.AUTO), d));
        assertArrayEquals(new int[] {50, 20, 50}, countsAfter(create(Named.MINORITY), d));
        assertArrayEquals(new int[] {50, 50, 50}, countsAfter(create(Named.NOT_MAJORITY), d));
        assertArrayEquals(new int[] {50, 50, 5}, countsAfter(create(Named.NOT_MINORITY), d));
        assertArrayEquals(new int[] {50, 50, 50}, countsAfter(create(Named.ALL), d));
    }

    @Test
    void explicitCounts() {
        Dataset<DenseMatrix> d = Fixtures.threeClass();
        assertArrayEquals(new int[] {50, 30, 40},
                countsAfter(create(SamplingStrategy.parse("b:30,c:40")), d));
        ConfigException e = assertThrows(ConfigException.class,
                () -> countsAfter(create(new SamplingStrategy.Counts(Map.of("b", 10))), d));
        assertTrue(e.getMessage().contains("\"b\"") && e.getMessage().contains("20")
                && e.getMessage().contains("10"), e.getMessage());
    }

    @Test
    void keepsEveryRowThenAppendsCopiesOfTheRightClass() {
        Dataset<DenseMatrix> d = Fixtures.twentyPoints();
        ClassTarget y = d.classTarget();
        int[] rows = create(Named.AUTO).plan(d.inputs(), y, new SplittableRandom(9)).rows();
        assertEquals(30, rows.length);
        for (int i = 0; i < 20; i++) {
            assertEquals(i, rows[i]);
        }
        for (int i = 20; i < 30; i++) {
            assertEquals(1, y.label(rows[i]), "copy " + i + " is not a positive");
        }
    }

    @Test
    void copiesAreDrawnUniformlyWithReplacement() {
        // 5 positives, 10 copies per plan, 2,000 plans: each positive is expected 4,000 times
        // (sd about 57). A bound of +-10% fails for an off-by-one draw (one row never drawn: 0 or 5,000).
        Dataset<DenseMatrix> d = Fixtures.twentyPoints();
        Sampler s = create(Named.AUTO);
        int[] drawn = new int[20];
        boolean repeatWithinPlan = false;
        for (long seed = 0; seed < 2000; seed++) {
            int[] rows = s.plan(d.inputs(), d.classTarget(), new SplittableRandom(seed)).rows();
            boolean[] seen = new boolean[20];
            for (int i = 20; i < rows.length; i++) {
                drawn[rows[i]]++;
                repeatWithinPlan |= seen[rows[i]];
                seen[rows[i]] = true;
            }
        }
        for (int r = 0; r < 20; r++) {
            if (d.classTarget().label(r) == 1) {
                assertTrue(drawn[r] > 3600 && drawn[r] < 4400, "row " + r + " drawn " + drawn[r] + " times");
            } else {
                assertEquals(0, drawn[r]);
            }
        }
        assertTrue(repeatWithinPlan, "10 draws from 5 rows must repeat: drawing is with replacement");
    }

    @Test
    void appliesToTheTrainingPart() {
        Dataset<DenseMatrix> d = Fixtures.twentyPoints();
        Resampling r = create(Named.AUTO).plan(d.inputs(), d.classTarget(), new SplittableRandom(1));
        Dataset<DenseMatrix> out = r.applyTo(d);
        assertArrayEquals(new int[] {15, 15}, out.classTarget().counts());
        int[] rows = r.rows();
        for (int i = 0; i < out.size(); i++) {
            assertArrayEquals(d.inputs().row(rows[i]), out.inputs().row(i));
        }
    }
}
