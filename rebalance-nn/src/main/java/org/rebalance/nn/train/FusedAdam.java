package org.rebalance.nn.train;

import ai.djl.ndarray.NDArray;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.rebalance.nn.engine.Tensors;

/**
 * Adam (Kingma and Ba, 2015) with PyTorch's {@code torch.optim.Adam} update rule, applied in one
 * fused pass per parameter over the tensors' own memory: moments update, weight step and gradient
 * reset together. DJL's {@code Optimizer.adam()} makes about eight passes over each tensor plus a
 * copy of the gradient; on a CPU-bound MLP that was most of a training step (see
 * docs/benchmarks.md), hence this class.
 *
 * <p>Defaults: beta1 0.9, beta2 0.999, eps 1e-8, no weight decay. The moments live in Java arrays.
 */
final class FusedAdam implements ParameterUpdate {
    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPS = 1e-8f;
    private static final int PARALLEL_FROM = 1 << 15;
    private static final int CHUNK = 1 << 14;

    private final float learningRate;
    private final List<float[]> first = new ArrayList<>();
    private final List<float[]> second = new ArrayList<>();
    private int steps;

    FusedAdam(double learningRate, List<NDArray> parameters) {
        this.learningRate = (float) learningRate;
        for (NDArray p : parameters) {
            first.add(new float[Math.toIntExact(p.size())]);
            second.add(new float[Math.toIntExact(p.size())]);
        }
    }

    /** One step for every parameter (in the order given at construction); gradients are reset to 0. */
    @Override
    public void step(List<NDArray> parameters) {
        steps++;
        float correction1 = 1 - (float) Math.pow(BETA1, steps);
        float correction2 = 1 - (float) Math.pow(BETA2, steps);
        float stepSize = learningRate / correction1;
        float invSqrtCorrection2 = 1f / (float) Math.sqrt(correction2);
        for (int p = 0; p < parameters.size(); p++) {
            NDArray weight = parameters.get(p);
            try (NDArray gradient = weight.getGradient()) {
                FloatBuffer w = Tensors.view(weight);
                FloatBuffer g = Tensors.view(gradient);
                float[] m = first.get(p);
                float[] v = second.get(p);
                int n = m.length;
                if (n < PARALLEL_FROM) {
                    update(w, g, m, v, 0, n, stepSize, invSqrtCorrection2);
                } else {
                    int chunks = (n + CHUNK - 1) / CHUNK;
                    IntStream.range(0, chunks).parallel().forEach(c ->
                            update(w, g, m, v, c * CHUNK, Math.min(n, (c + 1) * CHUNK), stepSize, invSqrtCorrection2));
                }
            }
        }
    }

    private static void update(FloatBuffer w, FloatBuffer g, float[] m, float[] v, int from, int to, float stepSize,
            float invSqrtCorrection2) {
        for (int i = from; i < to; i++) {
            float gi = g.get(i);
            float mi = BETA1 * m[i] + (1 - BETA1) * gi;
            float vi = BETA2 * v[i] + (1 - BETA2) * gi * gi;
            m[i] = mi;
            v[i] = vi;
            w.put(i, w.get(i) - stepSize * mi / ((float) Math.sqrt(vi) * invSqrtCorrection2 + EPS));
            g.put(i, 0f);
        }
    }
}
