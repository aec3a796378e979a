package org.rebalance.core.resample.under;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Schema;
import org.rebalance.core.resample.Sampler;
import org.rebalance.core.resample.SamplerContract;
import org.rebalance.core.resample.SamplingStrategy;

class EditedNearestNeighboursTest extends SamplerContract {
    @Override
    protected Sampler create(SamplingStrategy strategy) {
        return new EditedNearestNeighbours(strategy, 3, EditedNearestNeighbours.Rule.ALL);
    }

    /** Rows 0-6: class 0 at 0, 1, 2, 3, 10, 11, 12; rows 7-10: class 1 at 2.5, 20, 21, 22. */
    private static final DenseMatrix X = DenseMatrix.of(new double[][] {{0}, {1}, {2}, {3}, {10}, {11}, {12},
            {2.5}, {20}, {21}, {22}}, Schema.numbered(1));
    private static final ClassTarget Y = new ClassTarget(new int[] {0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1},
            ClassNames.of("0", "1"));

    @Test
    void allRuleRemovesEveryMajorityPointWithAMinorityNeighbour() {
        // 3 nearest: 0 -> {1, 2, 2.5}; 1 -> {0, 2, 2.5}; 2 -> {2.5, 1, 3}; 3 -> {2.5, 2, 1}: each has the
        // minority point 2.5 -> removed. 10 -> {11, 12, 3}, 11 -> {10, 12, 3}: kept. 12 -> {11, 10, 20}:
        // 20 is minority -> removed. Minority points are not cleaned under "auto".
        assertArrayEquals(new int[] {4, 5, 7, 8, 9, 10},
                new EditedNearestNeighbours().plan(X, Y, new SplittableRandom(1)).rows());
    }

    @Test
    void modeRuleRemovesOnlyOutvotedPoints() {
        // every majority point above has at most one minority neighbour of three: none is outvoted
        assertEquals(11, new EditedNearestNeighbours(SamplingStrategy.Named.AUTO, 3, EditedNearestNeighbours.Rule.MODE)
                .plan(X, Y, new SplittableRandom(1)).rows().length);
    }

    @Test
    void kMustBePositive() {
        assertThrows(ConfigException.class,
                () -> new EditedNearestNeighbours(SamplingStrategy.Named.AUTO, 0, EditedNearestNeighbours.Rule.ALL));
    }
}
