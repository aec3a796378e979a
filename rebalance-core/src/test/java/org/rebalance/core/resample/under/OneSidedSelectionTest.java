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

class OneSidedSelectionTest extends SamplerContract {
    @Override
    protected Sampler create(SamplingStrategy strategy) {
        return new OneSidedSelection(strategy);
    }

    @Test
    void keepsOnlyTheMajorityPointsTheStoreWouldGetWrong() {
        // class 0 at 0, 1, 2 (rows 0-2) and 8.9 (row 3); class 1 at 9, 10 (rows 4-5). Whichever class-0
        // point is the seed, 8.9 ends up kept (as the seed, or because its nearest stored point, 9, is of
        // class 1) and then forms a Tomek link with 9, on the cleaned class's side: it never survives,
        // and class 1 is never touched.
        DenseMatrix x = DenseMatrix.of(new double[][] {{0}, {1}, {2}, {8.9}, {9}, {10}}, Schema.numbered(1));
        ClassTarget y = new ClassTarget(new int[] {0, 0, 0, 0, 1, 1}, ClassNames.of("0", "1"));
        for (int seed = 0; seed < 20; seed++) {
            int[] rows = new OneSidedSelection().plan(x, y, new SplittableRandom(seed)).rows();
            assertArrayEquals(new int[] {4, 5}, java.util.Arrays.copyOfRange(rows, rows.length - 2, rows.length));
            for (int r : rows) {
                org.junit.jupiter.api.Assertions.assertNotEquals(3, r);
            }
        }
    }
}
