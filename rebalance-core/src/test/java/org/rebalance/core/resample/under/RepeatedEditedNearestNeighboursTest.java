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

class RepeatedEditedNearestNeighboursTest extends SamplerContract {
    @Override
    protected Sampler create(SamplingStrategy strategy) {
        return new RepeatedEditedNearestNeighbours(strategy, 3, EditedNearestNeighbours.Rule.ALL, 100);
    }

    @Test
    void stopsOnceTheCleanedClassFallsBelowTheOthers() {
        // EditedNearestNeighboursTest's data: pass 1 leaves majority points 10 and 11 only, fewer than the
        // 4 minority points: the pass is kept and the repetition stops (pass 2 would empty class 0)
        DenseMatrix x = DenseMatrix.of(new double[][] {{0}, {1}, {2}, {3}, {10}, {11}, {12}, {2.5}, {20}, {21},
                {22}}, Schema.numbered(1));
        ClassTarget y = new ClassTarget(new int[] {0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1}, ClassNames.of("0", "1"));
        assertArrayEquals(new int[] {4, 5, 7, 8, 9, 10},
                new RepeatedEditedNearestNeighbours().plan(x, y, new SplittableRandom(1)).rows());
    }

    @Test
    void repeatsUntilNothingChanges() {
        // class 0 at 0..5 and 8, 9; class 1 at 7, 20, 21, 22. Pass 1 (k = 1 for a clear picture... k = 3 here):
        // the result must be a fixed point: one more ENN pass with the same classes removes nothing
        DenseMatrix x = DenseMatrix.of(new double[][] {{0}, {1}, {2}, {3}, {4}, {5}, {8}, {9}, {7}, {20}, {21}, {22}},
                Schema.numbered(1));
        ClassTarget y = new ClassTarget(new int[] {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1}, ClassNames.of("0", "1"));
        int[] kept = new RepeatedEditedNearestNeighbours().plan(x, y, new SplittableRandom(1)).rows();
        EditedNearestNeighbours enn = new EditedNearestNeighbours();
        ClassTarget t = y.select(kept);
        boolean[] again = enn.marks(x.select(kept), t, new boolean[] {true, false});
        for (boolean b : again) {
            org.junit.jupiter.api.Assertions.assertFalse(b, "a further pass would remove a point");
        }
    }
}
