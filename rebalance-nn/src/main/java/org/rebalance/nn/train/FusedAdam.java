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
    private static final int BLOCK = 1 << 11;

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

    /**
     * Updates positions [from, to) in blocks: the block's weights and gradients are copied in bulk
     * into small heap arrays (which stay in cache), updated by plain loops that the JIT turns into
     * vector instructions, and the weights copied back; the gradient block is overwritten with zeros.
     * Element-wise access to the direct buffers instead was half the speed (bench-mlp).
     */
    private static void update(FloatBuffer w, FloatBuffer g, float[] m, float[] v, int from, int to, float stepSize,
            float invSqrtCorrection2) {
        float[] wb = new float[Math.min(BLOCK, to - from)];
        float[] gb = new float[wb.length];
        float[] zeros = new float[wb.length];
        for (int start = from; start < to; start += BLOCK) {
            int len = Math.min(BLOCK, to - start);
            w.get(start, wb, 0, len);
            g.get(start, gb, 0, len);
            for (int i = 0; i < len; i++) {
                float gi = gb[i];
                float mi = BETA1 * m[start + i] + (1 - BETA1) * gi;
                float vi = BETA2 * v[start + i] + (1 - BETA2) * gi * gi;
                m[start + i] = mi;
                v[start + i] = vi;
                wb[i] -= stepSize * mi / ((float) Math.sqrt(vi) * invSqrtCorrection2 + EPS);
            }
            w.put(start, wb, 0, len);
            g.put(start, zeros, 0, len);
        }
    }
}
