package org.rebalance.core.resample.over;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

class BorderlineSmoteTest extends SamplerContract {
    @Override
    protected Sampler create(SamplingStrategy strategy) {
        return new BorderlineSmote(strategy, 3, 5, BorderlineSmote.Variant.ONE);
    }

    /** The contract runs on data whose minority has points in danger (see {@link #x()}). */
    @Override
    protected java.util.List<org.rebalance.core.data.Dataset<DenseMatrix>> data() {
        return java.util.List.of(border());
    }

    static org.rebalance.core.data.Dataset<DenseMatrix> border() {
        return new org.rebalance.core.data.Dataset<>(x(), y(), new org.rebalance.core.data.Origin("border", "", 15));
    }

    /** Class 0 at 0..9; class 1 at 9.5 and 10.2 (on the border) and 20, 21, 22 (safe). */
    static DenseMatrix x() {
        double[][] rows = new double[15][];
        for (int i = 0; i < 10; i++) {
            rows[i] = new double[] {i};
        }
        double[] pos = {9.5, 10.2, 20, 21, 22};
        for (int i = 0; i < 5; i++) {
            rows[10 + i] = new double[] {pos[i]};
        }
        return DenseMatrix.of(rows, Schema.numbered(1));
    }

    static ClassTarget y() {
        int[] y = new int[15];
        for (int i = 10; i < 15; i++) {
            y[i] = 1;
        }
        return new ClassTarget(y, ClassNames.of("0", "1"));
    }

    @Test
    void onlyPointsInDangerSeedNewPoints() {
        // m = 4 nearest of 9.5: 9, 10.2, 8, 7 -> 3 of 4 from class 0: in danger; likewise 10.2.
        // 20, 21, 22 have only class-1 neighbours among their 4 nearest but 9.5 and 10.2: safe.
        // Variant one, k = 1: 9.5 and 10.2 are each other's nearest same-class point -> every new point in [9.5, 10.2]
        Resampling plan = new BorderlineSmote(SamplingStrategy.Named.AUTO, 1, 4, BorderlineSmote.Variant.ONE)
                .plan(x(), y(), new SplittableRandom(2));
        assertEquals(5, plan.syntheticCount());
        for (double[] p : plan.synthetic()) {
            assertTrue(p[0] >= 9.5 && p[0] <= 10.2, "point " + p[0]);
        }
    }

    @Test
    void variantTwoMayStepHalfwayTowardsTheOtherClass() {
        // k = 1 nearest of any class: 9.5 -> 9 (class 0, gap < 0.5: [9.25, 9.5]); 10.2 -> 9.5 (same class)
        Resampling plan = new BorderlineSmote(SamplingStrategy.Named.AUTO, 1, 4, BorderlineSmote.Variant.TWO)
                .plan(x(), y(), new SplittableRandom(5));
        assertEquals(5, plan.syntheticCount());
        for (double[] p : plan.synthetic()) {
            assertTrue(p[0] > 9.25 - 1e-12 && p[0] <= 10.2, "point " + p[0]);
        }
        assertEquals("borderline-smote-2",
                new BorderlineSmote(BorderlineSmote.Variant.TWO).name());
    }
}
