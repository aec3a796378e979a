package org.rebalance.nn.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebalance.nn.engine.Engines;

class FusedAdamTest {
    @Test
    void twoStepsMatchTorchOptimAdamByHand() {
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            NDArray w = m.create(new float[] {1f, -2f});
            w.setRequiresGradient(true);
            FusedAdam adam = new FusedAdam(0.1, List.of(w));
            // loss = sum(w^2) / 2, so the gradient is w itself.
            // step 1: g = [1, -2]; m = 0.1 g; v = 0.001 g^2; m_hat = g; v_hat = g^2;
            //         w -= 0.1 * g / (|g| + 1e-8) -> [0.9, -1.9]
            // step 2: g = [0.9, -1.9]; m = 0.9*0.1*g1 + 0.1*g2; v = 0.999*0.001*g1^2 + 0.001*g2^2
            //   coordinate 1: m = 0.09 + 0.09 = 0.18, m_hat = 0.18 / 0.19 = 0.947368...
            //                 v = 0.000999 + 0.00081 = 0.001809, v_hat = 0.001809 / 0.001999 = 0.904952...
            //                 w = 0.9 - 0.1 * 0.947368 / (0.951290 + 1e-8) = 0.800412...
            //   coordinate 2: m = -0.18 - 0.19 = -0.37, m_hat = -1.947368...
            //                 v = 0.003996 + 0.00361 = 0.007606, v_hat = 3.804902..., sqrt = 1.950616...
            //                 w = -1.9 + 0.1 * 1.947368 / 1.950616 = -1.800166...
            for (int step = 0; step < 2; step++) {
                try (GradientCollector c = Engines.pytorch().newGradientCollector()) {
                    c.backward(w.square().sum().div(2f));
                }
                adam.step(List.of(w));
            }
            assertArrayEquals(new float[] {0.800412f, -1.800166f}, w.toFloatArray(), 2e-5f);
            assertArrayEquals(new float[] {0f, 0f}, w.getGradient().toFloatArray(), 0f);
        }
    }

    @Test
    void aParameterLargeEnoughForParallelChunksFollowsTheRuleValueByValue() {
        int n = 300_001; // over the parallel threshold, and not a whole number of blocks
        float lr = 0.01f;
        java.util.SplittableRandom rng = new java.util.SplittableRandom(5);
        float[] w0 = new float[n];
        float[][] gradients = new float[2][n];
        for (int i = 0; i < n; i++) {
            w0[i] = (float) rng.nextGaussian();
            gradients[0][i] = (float) rng.nextGaussian();
            gradients[1][i] = (float) (rng.nextGaussian() * 1e-3);
        }
        float[] expected = w0.clone();
        float[] mo = new float[n];
        float[] vo = new float[n];
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            NDArray w = m.create(w0);
            w.setRequiresGradient(true);
            FusedAdam adam = new FusedAdam(lr, List.of(w));
            for (int step = 1; step <= 2; step++) {
                float[] g = gradients[step - 1];
                try (GradientCollector c = Engines.pytorch().newGradientCollector()) {
                    c.backward(w.mul(m.create(g)).sum()); // the gradient is g
                }
                adam.step(List.of(w));
                // torch.optim.Adam's rule in single precision, as the kernel computes it
                float stepSize = lr / (1 - (float) Math.pow(0.9, step));
                float invSqrt = 1f / (float) Math.sqrt(1 - (float) Math.pow(0.999, step));
                for (int i = 0; i < n; i++) {
                    mo[i] = 0.9f * mo[i] + (1 - 0.9f) * g[i];
                    vo[i] = 0.999f * vo[i] + (1 - 0.999f) * g[i] * g[i];
                    expected[i] -= stepSize * mo[i] / ((float) Math.sqrt(vo[i]) * invSqrt + 1e-8f);
                }
            }
            assertArrayEquals(expected, w.toFloatArray(), 1e-6f);
            assertArrayEquals(new float[n], w.getGradient().toFloatArray(), 0f);
        }
    }
}
