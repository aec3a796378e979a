package org.rebalance.core.resample.under;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Schema;
import org.rebalance.core.resample.Sampler;
import org.rebalance.core.resample.SamplerContract;
import org.rebalance.core.resample.SamplingStrategy;

class NearMissTest extends SamplerContract {
    @Override
    protected Sampler create(SamplingStrategy strategy) {
        return new NearMiss(strategy, NearMiss.Version.ONE, 3);
    }

    @Test
    void versionOneKeepsTheMajorityPointsNearestTheMinority() {
        // minority at 0 and 1; majority at 2, 3, 10, 11. Mean distance to the 2 nearest minority points:
        // 2 -> 1.5, 3 -> 2.5, 10 -> 9.5, 11 -> 10.5; auto keeps 2 majority points: 2 and 3.
        DenseMatrix x = DenseMatrix.of(new double[][] {{0}, {1}, {2}, {3}, {10}, {11}}, Schema.numbered(1));
        ClassTarget y = new ClassTarget(new int[] {1, 1, 0, 0, 0, 0}, ClassNames.of("0", "1"));
        assertArrayEquals(new int[] {0, 1, 2, 3},
                new NearMiss(SamplingStrategy.Named.AUTO, NearMiss.Version.ONE, 2).plan(x, y, new SplittableRandom(1)).rows());
    }

    @Test
    void namesFollowTheVersion() {
        assertEquals("near-miss-3", new NearMiss(NearMiss.Version.THREE).name());
        assertEquals("near-miss-2", new NearMiss(NearMiss.Version.TWO).name());
    }

    @Test
    void theBestCandidatesAreTheSmallestScoresWithTiesToTheSmallerRow() {
        int[] rows = {3, 5, 8, 9, 12, 20};
        double[] score = {0.5, 0.2, 0.5, 0.9, 0.5, 0.1};
        // smallest three: 0.1 (row 20), 0.2 (row 5), then one of the three 0.5s: the smallest row, 3
        assertArrayEquals(new int[] {3, 5, 20}, NearMiss.best(rows, score, 3, false));
        // largest two: 0.9 (row 9), then the first 0.5 (row 3)
        assertArrayEquals(new int[] {3, 9}, NearMiss.best(rows, score, 2, true));
        assertArrayEquals(new int[] {3, 5, 8, 9, 12, 20}, NearMiss.best(rows, score, 6, false));
        assertArrayEquals(new int[0], NearMiss.best(rows, score, 0, true));
    }
}
