package org.rebalance.nn.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Test;
import org.rebalance.core.learn.RegressionLoss;
import org.rebalance.nn.engine.Engines;

class RegressionLossFunctionTest {
    // predictions [0, 2, -3], targets [0.5, 0, 0], weights [1, 2, 1]: differences -0.5, 2, -3
    private static double loss(RegressionLoss kind) {
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            NDArray p = m.create(new float[] {0f, 2f, -3f});
            NDArray y = m.create(new float[] {0.5f, 0f, 0f});
            NDArray w = m.create(new float[] {1f, 2f, 1f});
            return new RegressionLossFunction(kind).of(p, y, w).getFloat();
        }
    }

    @Test
    void squaredError() {
        // (1 * 0.25 + 2 * 4 + 1 * 9) / 3 = 17.25 / 3
        assertEquals(5.75, loss(RegressionLoss.MSE), 1e-6);
    }

    @Test
    void absoluteError() {
        // (1 * 0.5 + 2 * 2 + 1 * 3) / 3 = 7.5 / 3
        assertEquals(2.5, loss(RegressionLoss.L1), 1e-6);
    }

    @Test
    void huberIsSquaredBelowOneAndLinearAbove() {
        // |d| = 0.5: 0.5 * 0.25 = 0.125; |d| = 2: 2 - 0.5 = 1.5 (x2); |d| = 3: 2.5 -> (0.125 + 3 + 2.5) / 3
        assertEquals(1.875, loss(RegressionLoss.HUBER), 1e-6);
    }
}
