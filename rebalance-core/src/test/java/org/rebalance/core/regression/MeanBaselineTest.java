package org.rebalance.core.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MeanBaselineTest {
    private static final double EPS = 1e-12;

    @Test
    void predictsTheTrainingMean() {
        MeanBaseline b = MeanBaseline.fit(new double[] {1, 2, 3, 4});
        assertEquals(2.5, b.value(), EPS); // 10 / 4
        assertArrayEquals(new double[] {2.5, 2.5, 2.5}, b.predict(3), 0.0);
        assertEquals(0, b.predict(0).length);
        assertEquals(-0.5, MeanBaseline.fit(new double[] {-3, 2}).value(), EPS);
    }

    @Test
    void scoresZeroR2OnItsTrainingTargets() {
        double[] train = {1, 2, 3, 4};
        MeanBaseline b = MeanBaseline.fit(train);
        assertEquals(0.0, RegressionMetrics.of(train, b.predict(train.length)).r2(), EPS);
        // test [1, 5] against 2.5: errors -1.5, 2.5; MSE (2.25 + 6.25) / 2 = 4.25, MAE 2;
        // test mean 3, SS_tot 8, r2 = 1 - 8.5 / 8 = -0.0625
        RegressionMetrics m = RegressionMetrics.of(new double[] {1, 5}, b.predict(2));
        assertEquals(4.25, m.mse(), EPS);
        assertEquals(2.0, m.mae(), EPS);
        assertEquals(-0.0625, m.r2(), EPS);
    }

    @Test
    void needsTargets() {
        assertThrows(IllegalArgumentException.class, () -> MeanBaseline.fit(new double[0]));
    }
}
