package org.rebalance.nn.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;
import org.rebalance.core.learn.LossSpec;
import org.rebalance.nn.engine.Engines;

class ImbalanceLossesTest {
    private static float value(ImbalanceLoss loss, NDArray z, NDArray y, NDArray w) {
        return loss.of(z, y, w).getFloat();
    }

    @Test
    void focalByHand() {
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            // binary, z = 0, y = 1, gamma 2: p_t = 0.5, CE = ln 2, (1 - 0.5)^2 = 0.25 -> 0.25 ln 2
            NDArray z = m.create(new float[] {0f});
            NDArray y = m.create(new float[] {1f});
            NDArray w = m.create(new float[] {1f});
            assertEquals(0.25 * Math.log(2), value(new FocalLoss(Double.NaN, 2), z, y, w), 1e-6);
            // alpha 0.25 on the positive example: x 0.25
            assertEquals(0.0625 * Math.log(2), value(new FocalLoss(0.25, 2), z, y, w), 1e-6);
            // softmax, logits [1, 2, 3], label 2: p_t = e^3 / (e + e^2 + e^3) = 0.6652409557748219,
            // CE = 0.40760596444438, (1 - p_t)^2 = 0.11206362... -> 0.045677...
            NDArray zm = m.create(new float[] {1f, 2f, 3f}, new Shape(1, 3));
            double pt = 0.6652409557748219;
            assertEquals(Math.pow(1 - pt, 2) * 0.40760596444438,
                    value(new FocalLoss(Double.NaN, 2), zm, m.create(new long[] {2}), w), 1e-6);
        }
    }

    @Test
    void focalWithGammaZeroAndNoAlphaIsCrossEntropy() {
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            NDArray z = m.create(new float[] {-3f, 0.5f, 2f, 7f});
            NDArray y = m.create(new float[] {0f, 1f, 0f, 1f});
            NDArray w = m.create(new float[] {1f, 2f, 1f, 0.5f});
            assertEquals(WeightedCrossEntropy.of(z, y, w).getFloat(), value(new FocalLoss(Double.NaN, 0), z, y, w), 1e-6);
            NDArray zm = m.create(new float[] {1f, -2f, 0.3f, 4f, 0f, -1f}, new Shape(2, 3));
            NDArray ym = m.create(new long[] {1, 0});
            NDArray wm = m.create(new float[] {1f, 3f});
            assertEquals(WeightedCrossEntropy.of(zm, ym, wm).getFloat(), value(new FocalLoss(Double.NaN, 0), zm, ym, wm),
                    1e-6);
        }
    }

    @Test
    void balancedSoftmaxByHandAndWithEqualPriors() {
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            // priors 0.9 / 0.1, tau 1: logit 0 shifted by log(0.1 / 0.9); label 1 -> log(1 + 9) = ln 10
            NDArray z = m.create(new float[] {0f});
            NDArray y = m.create(new float[] {1f});
            NDArray w = m.create(new float[] {1f});
            assertEquals(Math.log(10), value(new BalancedSoftmaxLoss(new int[] {90, 10}, 1), z, y, w), 1e-5);
            // equal priors: plain cross-entropy, binary and softmax
            NDArray z2 = m.create(new float[] {-1f, 2f});
            NDArray y2 = m.create(new float[] {0f, 0f});
            NDArray w2 = m.create(new float[] {1f, 1f});
            assertEquals(WeightedCrossEntropy.of(z2, y2, w2).getFloat(),
                    value(new BalancedSoftmaxLoss(new int[] {5, 5}, 1), z2, y2, w2), 1e-6);
            NDArray zm = m.create(new float[] {1f, -2f, 0.3f}, new Shape(1, 3));
            NDArray ym = m.create(new long[] {2});
            assertEquals(WeightedCrossEntropy.of(zm, ym, w).getFloat(),
                    value(new BalancedSoftmaxLoss(new int[] {4, 4, 4}, 1), zm, ym, w), 1e-6);
        }
    }

    @Test
    void ldamMarginsByHand() {
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            // counts 81 / 1, max margin 0.5: Delta_1 = 0.5, Delta_0 = 0.5 * (1/81)^(1/4) = 0.5 / 3
            LdamLoss loss = new LdamLoss(new int[] {81, 1}, 0.5, 1);
            NDArray z = m.create(new float[] {0f});
            NDArray w = m.create(new float[] {1f});
            // positive: logit 0 - 0.5 -> log(1 + e^0.5); negative: logit 0 + 1/6 -> log(1 + e^(1/6))
            assertEquals(Math.log(1 + Math.exp(0.5)), value(loss, z, m.create(new float[] {1f}), w), 1e-5);
            assertEquals(Math.log(1 + Math.exp(0.5 / 3)), value(loss, z, m.create(new float[] {0f}), w), 1e-5);
            // softmax, counts 16 / 1 / 1: margins 0.25, 0.5, 0.5; logits 0, label 0 -> log(1 + 2 e^0.25)
            LdamLoss multi = new LdamLoss(new int[] {16, 1, 1}, 0.5, 1);
            NDArray zm = m.create(new float[] {0f, 0f, 0f}, new Shape(1, 3));
            assertEquals(Math.log(1 + 2 * Math.exp(0.25)), value(multi, zm, m.create(new long[] {0}), w), 1e-5);
            // margin 0 is cross-entropy
            NDArray z2 = m.create(new float[] {1.5f, -0.3f});
            NDArray y2 = m.create(new float[] {1f, 0f});
            NDArray w2 = m.create(new float[] {1f, 1f});
            assertEquals(WeightedCrossEntropy.of(z2, y2, w2).getFloat(),
                    value(new LdamLoss(new int[] {5, 1}, 0, 1), z2, y2, w2), 1e-6);
        }
    }

    @Test
    void ladeByHand() {
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            // logits [[1, 0], [0, 2]], labels [0, 1], equal priors, uniform target, weight 0.1, remine 0.1:
            // first = (1, 2); second_c = log(mean_i e^z_ic) = (log((e + 1) / 2), log((1 + e^2) / 2));
            // bound_c = first_c - second_c - 0.1 second_c^2; regulariser = -(0.5 bound_0 + 0.5 bound_1);
            // CE = (log(1 + e^-1) + log(1 + e^-2)) / 2; total = CE + 0.1 regulariser
            // (python, same formulas: 0.1849909635106665)
            NDArray z = m.create(new float[] {1f, 0f, 0f, 2f}, new Shape(2, 2));
            NDArray y = m.create(new long[] {0, 1});
            NDArray w = m.create(new float[] {1f, 1f});
            assertEquals(0.1849909635106665, value(new LadeLoss(new int[] {5, 5}, 0.1, 0.1, null), z, y, w), 1e-5);
            // weight 0 leaves the prior-shifted cross-entropy, i.e. balanced softmax
            NDArray zb = m.create(new float[] {0.7f, -1.2f});
            NDArray yb = m.create(new float[] {1f, 0f});
            assertEquals(new BalancedSoftmaxLoss(new int[] {9, 1}, 1).of(zb, yb, w).getFloat(),
                    value(new LadeLoss(new int[] {9, 1}, 0, 0.1, null), zb, yb, w), 1e-5);
        }
    }

    @Test
    void worksAsADjlLossWithOrWithoutWeights() {
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            ai.djl.training.loss.Loss loss = Losses.of(new LossSpec.Focal(Double.NaN, 0), new int[] {5, 5});
            NDArray z = m.create(new float[] {0.3f, -2f});
            NDArray y = m.create(new float[] {1f, 0f});
            NDArray w = m.create(new float[] {1f, 1f});
            float direct = WeightedCrossEntropy.of(z, y, w).getFloat();
            assertEquals(direct, loss.evaluate(new ai.djl.ndarray.NDList(y), new ai.djl.ndarray.NDList(z)).getFloat(), 1e-6);
            assertEquals(direct, loss.evaluate(new ai.djl.ndarray.NDList(y, w), new ai.djl.ndarray.NDList(z)).getFloat(),
                    1e-6);
            assertEquals("focal", loss.getName());
        }
    }

    @Test
    void extremeLogitsStayFinite() {
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            NDArray z = m.create(new float[] {100f, -100f, 100f, -100f});
            NDArray y = m.create(new float[] {0f, 1f, 1f, 0f});
            NDArray w = m.create(new float[] {1f, 1f, 1f, 1f});
            for (ImbalanceLoss loss : new ImbalanceLoss[] {new FocalLoss(0.25, 2), new BalancedSoftmaxLoss(new int[] {99, 1}, 1),
                new LdamLoss(new int[] {99, 1}, 0.5, 30), new LadeLoss(new int[] {99, 1}, 0.1, 0.1, null)}) {
                assertTrue(Float.isFinite(value(loss, z, y, w)));
            }
            NDArray zm = m.create(new float[] {100f, -100f, 0f}, new Shape(1, 3));
            assertTrue(Float.isFinite(value(new FocalLoss(Double.NaN, 2), zm, m.create(new long[] {1}),
                    m.create(new float[] {1f}))));
        }
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        ImbalanceLoss[] losses = {Losses.of(new LossSpec.Focal(0.25, 2), new int[] {8, 2}),
            Losses.of(new LossSpec.BalancedSoftmax(1), new int[] {8, 2}),
            Losses.of(new LossSpec.Ldam(0.5, 2, 1), new int[] {8, 2}),
            Losses.of(new LossSpec.Lade(0.1, 0.1, null), new int[] {8, 2}),
            Losses.of(new LossSpec.CrossEntropy(), new int[] {8, 2})};
        float[] logits = {-1.3f, 0.4f, 2.1f};
        float[] labels = {0f, 1f, 1f};
        float[] weights = {1f, 2f, 0.5f};
        for (ImbalanceLoss loss : losses) {
            try (NDManager m = Engines.pytorch().newBaseManager()) {
                NDArray z = m.create(logits);
                z.setRequiresGradient(true);
                NDArray y = m.create(labels);
                NDArray w = m.create(weights);
                try (GradientCollector c = Engines.pytorch().newGradientCollector()) {
                    c.backward(loss.of(z, y, w));
                }
                float[] analytic = z.getGradient().toFloatArray();
                for (int i = 0; i < logits.length; i++) {
                    float h = 1e-2f;
                    float[] up = logits.clone();
                    float[] down = logits.clone();
                    up[i] += h;
                    down[i] -= h;
                    double numeric = (loss.of(m.create(up), y, w).getFloat() - loss.of(m.create(down), y, w).getFloat())
                            / (2 * h);
                    assertEquals(numeric, analytic[i], 2e-3, loss.getClass().getSimpleName() + " logit " + i);
                }
            }
        }
    }
}
