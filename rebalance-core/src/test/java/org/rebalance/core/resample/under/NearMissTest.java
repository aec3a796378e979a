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
}
