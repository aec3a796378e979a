package org.rebalance.core.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RegressionMetricsTest {
    private static final double EPS = 1e-12;

    @Test
    void scikitLearnsDocumentationExample() {
        // truth [3, -0.5, 2, 7], predicted [2.5, 0, 2, 8]: errors 0.5, -0.5, 0, -1
        RegressionMetrics m = RegressionMetrics.of(new double[] {3, -0.5, 2, 7}, new double[] {2.5, 0, 2, 8});
        assertEquals(4, m.n());
        assertEquals(0.375, m.mse(), EPS);                // (0.25 + 0.25 + 0 + 1) / 4
        assertEquals(0.6123724356957945, m.rmse(), EPS);  // sqrt(0.375)
        assertEquals(0.5, m.mae(), EPS);                  // (0.5 + 0.5 + 0 + 1) / 4
        // mean truth 11.5 / 4 = 2.875; SS_tot = 0.125^2 + 3.375^2 + 0.875^2 + 4.125^2 = 29.1875; SS_res = 1.5
        // r2 = 1 - 1.5 / 29.1875 = 0.9486081370449679 (sklearn: 0.948...)
        assertEquals(0.9486081370449679, m.r2(), EPS);
    }

    @Test
    void predictingTheMeanGivesZeroAndWorseIsNegative() {
        // truth [1, 2, 3, 4], mean 2.5: SS_res = SS_tot = 5
        assertEquals(0.0, RegressionMetrics.of(new double[] {1, 2, 3, 4}, new double[] {2.5, 2.5, 2.5, 2.5}).r2(),
                EPS);
        // predicted [4, 3, 2, 1]: SS_res = 9 + 1 + 1 + 9 = 20; r2 = 1 - 20 / 5 = -3
        RegressionMetrics m = RegressionMetrics.of(new double[] {1, 2, 3, 4}, new double[] {4, 3, 2, 1});
        assertEquals(-3.0, m.r2(), EPS);
        assertEquals(5.0, m.mse(), EPS);  // 20 / 4
        assertEquals(2.0, m.mae(), EPS);  // (3 + 1 + 1 + 3) / 4
    }

    @Test
    void constantTruthFollowsScikitLearn() {
        RegressionMetrics perfect = RegressionMetrics.of(new double[] {2, 2, 2}, new double[] {2, 2, 2});
        assertEquals(1.0, perfect.r2(), 0.0);
        assertEquals(0.0, perfect.mse(), 0.0);
        RegressionMetrics off = RegressionMetrics.of(new double[] {2, 2, 2}, new double[] {1, 2, 3});
        assertEquals(0.0, off.r2(), 0.0);
        assertEquals(2.0 / 3, off.mse(), EPS); // (1 + 0 + 1) / 3
        assertEquals(2.0 / 3, off.mae(), EPS);
    }

    @Test
    void oneSampleHasNoR2() {
        RegressionMetrics m = RegressionMetrics.of(new double[] {3}, new double[] {1});
        assertTrue(Double.isNaN(m.r2()));
        assertEquals(4.0, m.mse(), 0.0);
        assertEquals(2.0, m.rmse(), 0.0);
        assertEquals(2.0, m.mae(), 0.0);
    }

    @Test
    void emptyOrMismatchedArraysAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> RegressionMetrics.of(new double[0], new double[0]));
        assertThrows(IllegalArgumentException.class, () -> RegressionMetrics.of(new double[2], new double[3]));
    }
}
