package org.rebalance.nn.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;
import org.rebalance.nn.engine.Engines;

class WeightedCrossEntropyTest {
    @Test
    void binaryLossMatchesHandValues() {
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            // z = [0, 2, -1], y = [1, 0, 0], w = [1, 3, 1]
            // l0 = log(1 + e^0) = log 2 = 0.6931471805599453
            // l1 = 2 + log(1 + e^-2) = 2.1269280110429727 (BCE of logit 2 against 0), weighted x3
            // l2 = log(1 + e^-1) = 0.31326168751822286
            // loss = (0.6931471805599453 + 3 * 2.1269280110429727 + 0.31326168751822286) / 3
            NDArray z = m.create(new float[] {0f, 2f, -1f});
            NDArray y = m.create(new float[] {1f, 0f, 0f});
            NDArray w = m.create(new float[] {1f, 3f, 1f});
            double expected = (0.6931471805599453 + 3 * 2.1269280110429727 + 0.31326168751822286) / 3;
            assertEquals(expected, WeightedCrossEntropy.of(z, y, w).getFloat(), 1e-6);
        }
    }

    @Test
    void multiclassLossMatchesHandValues() {
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            // logits row [1, 2, 3], label 2: -log softmax = log(e^1 + e^2 + e^3) - 3 = 0.40760596444438
            // logits row [0, 0, 0], label 0: log 3 = 1.0986122886681098, weight 2
            NDArray z = m.create(new float[] {1f, 2f, 3f, 0f, 0f, 0f}, new Shape(2, 3));
            NDArray y = m.create(new long[] {2, 0});
            NDArray w = m.create(new float[] {1f, 2f});
            double expected = (0.40760596444438 + 2 * 1.0986122886681098) / 2;
            assertEquals(expected, WeightedCrossEntropy.of(z, y, w).getFloat(), 1e-6);
        }
    }

    @Test
    void extremeLogitsStayFinite() {
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            // logit +100 against label 0 costs 100; -100 against label 1 costs 100; the right ones cost ~0
            NDArray z = m.create(new float[] {100f, -100f, 100f, -100f});
            NDArray y = m.create(new float[] {0f, 1f, 1f, 0f});
            NDArray w = m.create(new float[] {1f, 1f, 1f, 1f});
            float loss = WeightedCrossEntropy.of(z, y, w).getFloat();
            assertTrue(Float.isFinite(loss));
            assertEquals(50.0, loss, 1e-4);
            NDArray zm = m.create(new float[] {100f, -100f, 0f}, new Shape(1, 3));
            float lm = WeightedCrossEntropy.of(zm, m.create(new long[] {1}), m.create(new float[] {1f})).getFloat();
            assertEquals(200.0, lm, 1e-3);
        }
    }
}
