package org.rebalance.core.resample.under;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Schema;
import org.rebalance.core.resample.Sampler;
import org.rebalance.core.resample.SamplerContract;
import org.rebalance.core.resample.SamplingStrategy;

class NeighbourhoodCleaningRuleTest extends SamplerContract {
    @Override
    protected Sampler create(SamplingStrategy strategy) {
        return new NeighbourhoodCleaningRule(strategy, 3);
    }

    @Test
    void removesTheMajorityNeighboursOfAMisclassifiedMinorityPoint() {
        // rows 0-6: class 0 at 0, 1, 2, 3, 10, 11, 12; rows 7-10: class 1 at 2.5, 20, 21, 22.
        // (1) no class-0 point is outvoted by its 3 neighbours. (2) the minority point 2.5 has neighbours
        // 2, 3 and 1, all class 0: it is misclassified, so rows 2, 3 and 1 go (class 0 has 7 >= 4 / 2).
        DenseMatrix x = DenseMatrix.of(new double[][] {{0}, {1}, {2}, {3}, {10}, {11}, {12}, {2.5}, {20}, {21},
                {22}}, Schema.numbered(1));
        ClassTarget y = new ClassTarget(new int[] {0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1}, ClassNames.of("0", "1"));
        assertArrayEquals(new int[] {0, 4, 5, 6, 7, 8, 9, 10},
                new NeighbourhoodCleaningRule().plan(x, y, new SplittableRandom(1)).rows());
    }
}
