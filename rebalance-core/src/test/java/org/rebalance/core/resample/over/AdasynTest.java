package org.rebalance.core.resample.over;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.Fixtures;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.resample.Resampling;
import org.rebalance.core.resample.Sampler;
import org.rebalance.core.resample.SamplerContract;
import org.rebalance.core.resample.SamplingStrategy;

class AdasynTest extends SamplerContract {
    @Override
    protected Sampler create(SamplingStrategy strategy) {
        return new Adasyn(strategy, 3);
    }

    @Override
    protected List<Dataset<DenseMatrix>> data() {
        return List.of(BorderlineSmoteTest.border()); // the fixtures' classes barely touch: no difficulty
    }

    @Test
    void hardPointsSeedInProportionToTheirDifficulty() {
        // k = 2 neighbours among all points: 9.5 -> {9, 10.2} and 10.2 -> {9.5, 9}: half of each from
        // class 0 (r = 0.5); 20, 21, 22 -> r = 0. Need 10 - 5 = 5: shares 2.5 / 2.5 -> largest remainder,
        // tie to the first -> 3 from 9.5, 2 from 10.2; both interpolate towards class-1 neighbours
        // (9.5 -> {10.2, 20}, 10.2 -> {9.5, 20}), so every point lies in [9.5, 20].
        Resampling plan = new Adasyn(SamplingStrategy.Named.AUTO, 2)
                .plan(BorderlineSmoteTest.x(), BorderlineSmoteTest.y(), new SplittableRandom(3));
        assertArrayEquals(new int[] {10, 10}, plan.target(BorderlineSmoteTest.y()).counts());
        for (double[] p : plan.synthetic()) {
            assertTrue(p[0] >= 9.5 && p[0] <= 20, "point " + p[0]);
        }
        assertArrayEquals(new int[] {3, 2, 0, 0, 0}, Shares.largestRemainder(new double[] {0.5, 0.5, 0, 0, 0}, 5));
    }

    @Test
    void noDifficultyAnywhereIsAClearError() {
        // in twentyPoints the 3 nearest neighbours of every positive are positives
        Dataset<DenseMatrix> d = Fixtures.twentyPoints();
        ConfigException e = assertThrows(ConfigException.class,
                () -> new Adasyn(SamplingStrategy.Named.AUTO, 3).plan(d.inputs(), d.classTarget(), new SplittableRandom(1)));
        assertEquals("adasyn: no example of class \"pos\" has a neighbour of another class; use smote", e.getMessage());
    }
}
