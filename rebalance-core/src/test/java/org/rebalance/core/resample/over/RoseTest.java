package org.rebalance.core.resample.over;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.Fixtures;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.resample.Resampling;
import org.rebalance.core.resample.Sampler;
import org.rebalance.core.resample.SamplerContract;
import org.rebalance.core.resample.SamplingStrategy;

class RoseTest extends SamplerContract {
    @Override
    protected Sampler create(SamplingStrategy strategy) {
        return new Rose(strategy, 1.0);
    }

    @Test
    void bandwidthFollowsTheRuleOfThumb() {
        // positives of binary(4, 4) sit at x = 4, 5, 6, 7: sample sd = sqrt(5/3) = 1.2909944487358056;
        // factor (4 / ((1 + 2) * 4))^(1 / 5) = (1/3)^0.2 = 0.8027415617602307; h = 1.0363143...
        Dataset<DenseMatrix> d = Fixtures.binary(4, 4);
        double[] h = new Rose().bandwidth(d.inputs(), new int[] {4, 5, 6, 7});
        assertEquals(0.8027415617602307 * 1.2909944487358056, h[0], 1e-12);
    }

    @Test
    void zeroShrinkageGivesCopiesOfExistingPoints() {
        Dataset<DenseMatrix> d = Fixtures.binary(20, 4);
        Resampling plan = new Rose(SamplingStrategy.Named.AUTO, 0.0).plan(d.inputs(), d.classTarget(),
                new SplittableRandom(2));
        assertEquals(16, plan.syntheticCount());
        for (double[] p : plan.synthetic()) {
            assertTrue(Arrays.asList(20.0, 21.0, 22.0, 23.0).contains(p[0]), "point " + p[0]);
        }
        assertArrayEquals(new int[] {20, 20}, plan.target(d.classTarget()).counts());
    }
}
