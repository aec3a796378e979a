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

class TomekLinksTest extends SamplerContract {
    @Override
    protected Sampler create(SamplingStrategy strategy) {
        return new TomekLinks(strategy);
    }

    /** 1-D points 0, 1, 5 (class 0) and 5.4, 9 (class 1). */
    private static final DenseMatrix X = DenseMatrix.of(new double[][] {{0}, {1}, {5}, {5.4}, {9}}, Schema.numbered(1));
    private static final ClassTarget Y = new ClassTarget(new int[] {0, 0, 0, 1, 1}, ClassNames.of("0", "1"));

    @Test
    void removesTheMajorityEndOfEachLink() {
        // nearest neighbours: 0<->1, 5<->5.4 (distance 0.4), 9->5.4. Only (5, 5.4) is a link across classes;
        // auto cleans every class but the minority, so row 2 (x = 5) goes.
        assertArrayEquals(new int[] {0, 1, 3, 4},
                new TomekLinks().plan(X, Y, new SplittableRandom(1)).rows());
        // "all" cuts both ends
        assertArrayEquals(new int[] {0, 1, 4},
                new TomekLinks(SamplingStrategy.Named.ALL).plan(X, Y, new SplittableRandom(1)).rows());
    }

    @Test
    void noLinkMeansNoChange() {
        DenseMatrix x = DenseMatrix.of(new double[][] {{0}, {1}, {10}, {11}}, Schema.numbered(1));
        ClassTarget y = new ClassTarget(new int[] {0, 0, 1, 1}, ClassNames.of("0", "1"));
        assertArrayEquals(new int[] {0, 1, 2, 3}, new TomekLinks().plan(x, y, new SplittableRandom(1)).rows());
    }
}
