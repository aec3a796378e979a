package org.rebalance.core.resample.over;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Schema;
import org.rebalance.core.resample.Resampling;
import org.rebalance.core.resample.Sampler;
import org.rebalance.core.resample.SamplerContract;
import org.rebalance.core.resample.SamplingStrategy;

class SmoteNcTest extends SamplerContract {
    @Override
    protected Sampler create(SamplingStrategy strategy) {
        return new SmoteNc(strategy, 3);
    }

    private static final Schema MIXED = new Schema(List.of("x", "colour=blue", "colour=red"));

    @Test
    void groupsComeFromTheOneHotColumnNames() {
        List<int[]> groups = SmoteNc.categoricalGroups(MIXED);
        assertEquals(1, groups.size());
        assertArrayEquals(new int[] {1, 2}, groups.get(0));
    }

    @Test
    void numericColumnsInterpolateAndCategoriesFollowTheNeighboursMajority() {
        // class 0: x = 0..7, blue; class 1: x = 10, 11, 12 red and 13 blue.
        // For every seed the 3 same-class neighbours hold at least two reds (13's are 12, 11, 10), so
        // every new point is red, with x between 10 and 13.
        double[][] rows = new double[12][];
        int[] y = new int[12];
        for (int i = 0; i < 8; i++) {
            rows[i] = new double[] {i, 1, 0};
        }
        rows[8] = new double[] {10, 0, 1};
        rows[9] = new double[] {11, 0, 1};
        rows[10] = new double[] {12, 0, 1};
        rows[11] = new double[] {13, 1, 0};
        for (int i = 8; i < 12; i++) {
            y[i] = 1;
        }
        DenseMatrix x = DenseMatrix.of(rows, MIXED);
        Resampling plan = new SmoteNc(SamplingStrategy.Named.AUTO, 3).plan(x,
                new ClassTarget(y, ClassNames.of("0", "1")), new SplittableRandom(4));
        assertEquals(4, plan.syntheticCount());
        for (double[] p : plan.synthetic()) {
            assertTrue(p[0] >= 10 && p[0] <= 13, "x " + p[0]);
            assertArrayEquals(new double[] {0, 1}, new double[] {p[1], p[2]}, "one-hot red");
        }
    }
}
