package org.rebalance.core.resample.under;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
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

class ClusterCentroidsTest extends SamplerContract {
    @Override
    protected Sampler create(SamplingStrategy strategy) {
        return new ClusterCentroids(strategy, 50);
    }

    @Test
    void twoTightGroupsBecomeTheirMeans() {
        // class 0: three points around 0 (-0.1, 0, 0.1) and three around 10 (9.9, 10, 10.1); class 1: 5 and 6.
        // Shrinking class 0 to 2 points gives the two group means, 0 and 10.
        DenseMatrix x = DenseMatrix.of(new double[][] {{-0.1}, {0}, {0.1}, {9.9}, {10}, {10.1}, {5}, {6}},
                Schema.numbered(1));
        ClassTarget y = new ClassTarget(new int[] {0, 0, 0, 0, 0, 0, 1, 1}, ClassNames.of("0", "1"));
        Resampling plan = new ClusterCentroids().plan(x, y, new SplittableRandom(3));
        assertArrayEquals(new int[] {6, 7}, plan.rows());
        double[] centres = {plan.synthetic()[0][0], plan.synthetic()[1][0]};
        Arrays.sort(centres);
        assertEquals(0.0, centres[0], 1e-12);
        assertEquals(10.0, centres[1], 1e-12);
        assertArrayEquals(new int[] {0, 0}, plan.syntheticLabels());
    }
}
