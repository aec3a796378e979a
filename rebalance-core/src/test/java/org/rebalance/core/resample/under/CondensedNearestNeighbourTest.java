package org.rebalance.core.resample.under;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Schema;
import org.rebalance.core.resample.Sampler;
import org.rebalance.core.resample.SamplerContract;
import org.rebalance.core.resample.SamplingStrategy;

class CondensedNearestNeighbourTest extends SamplerContract {
    @Override
    protected Sampler create(SamplingStrategy strategy) {
        return new CondensedNearestNeighbour(strategy);
    }

    @Test
    void aCompactMajorityCondensesToItsSeed() {
        // class 0 at 0, 1, 2, 3; class 1 at 10, 11. Any class-0 seed classifies the other class-0 points
        // correctly (they are nearer to it than to 10), so class 0 keeps the seed alone.
        DenseMatrix x = DenseMatrix.of(new double[][] {{0}, {1}, {2}, {3}, {10}, {11}}, Schema.numbered(1));
        ClassTarget y = new ClassTarget(new int[] {0, 0, 0, 0, 1, 1}, ClassNames.of("0", "1"));
        for (int seed = 0; seed < 10; seed++) {
            int[] rows = new CondensedNearestNeighbour().plan(x, y, new SplittableRandom(seed)).rows();
            assertEquals(3, rows.length);
            assertTrue(rows[0] <= 3 && rows[1] == 4 && rows[2] == 5);
        }
    }
}
