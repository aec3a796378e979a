package org.rebalance.nn.train;

import ai.djl.ndarray.NDArray;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.rebalance.nn.engine.Tensors;
import org.rebalance.nn.net.JavaParameter;

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
    /**
     * Parameters from this size on are stepped in parallel chunks. Below it the common pool's hand-over costs more than
     * it saves: the MLP's 512 x 128 weight (65,536 values) took 57 us a step on the calling thread against 86-364 us
     * in parallel (bench-mlp, 2-core VM); the 1,024 x 512 first layer still gains.
     */
    private static final int PARALLEL_FROM = 1 << 18;
    private static final int BLOCK = 1 << 11;
    private static final int BLOCKS_PER_CHUNK = 8;

    private final float learningRate;
    private final List<float[][]> first = new ArrayList<>();
    private final List<float[][]> second = new ArrayList<>();
    private final List<JavaParameter> holders;
    private int steps;

    FusedAdam(double learningRate, List<NDArray> parameters) {
        this(learningRate, parameters, Collections.nCopies(parameters.size(), null));
    }

    /**
     * @param holders per parameter, the block that holds it in Java ({@link JavaParameter#hold} already called:
     *     its values and gradient are then stepped where they lie), or null
     */
    FusedAdam(double learningRate, List<NDArray> parameters, List<JavaParameter> holders) {
        this.learningRate = (float) learningRate;
        if (holders.size() != parameters.size()) {
            throw new IllegalArgumentException(holders.size() + " holders for " + parameters.size() + " parameters");
        }
        this.holders = new ArrayList<>(holders); // null where the parameter is in its tensor
        for (int p = 0; p < parameters.size(); p++) {
            first.add(zeroMoments(parameters.get(p), holders.get(p)));
            second.add(zeroMoments(parameters.get(p), holders.get(p)));
        }
    }

    /** Zeroed moments laid out as the step reads the parameter: the holder's slices, or blocks of the tensor. */
    private static float[][] zeroMoments(NDArray parameter, JavaParameter holder) {
        return holder == null ? blocks(Math.toIntExact(parameter.size())) : zerosLike(holder.values());
    }

    /** Zeroed arrays of the lengths of {@code arrays}. */
    private static float[][] zerosLike(float[][] arrays) {
        float[][] out = new float[arrays.length][];
        for (int i = 0; i < arrays.length; i++) {
            out[i] = new float[arrays[i].length];
        }
        return out;
    }

    /** Zeroed moments for n values in blocks of {@code BLOCK} (the last one shorter). */
    private static float[][] blocks(int n) {
        float[][] out = new float[(n + BLOCK - 1) / BLOCK][];
        for (int b = 0; b < out.length; b++) {
            out[b] = new float[Math.min(BLOCK, n - b * BLOCK)];
        }
        return out;
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
            JavaParameter holder = holders.get(p);
            if (holder != null) {
                // values and gradient where the block holds them: each slice stepped as soon as its gradient is
                // summed, or from the gradient held since (it starts its next one afresh: no reset)
                float[][] m = first.get(p);
                float[][] v = second.get(p);
                if (!holder.stepEachSlice((i, w, g) -> adam(w, g, m[i], v[i], w.length, stepSize, invSqrtCorrection2))) {
                    update(holder.values(), holder.takeGradient(), p, stepSize, invSqrtCorrection2);
                }
                holder.valuesChanged();
                continue;
            }
            try (NDArray gradient = weight.getGradient()) {
                update(Tensors.view(weight), Tensors.view(gradient), true, p, stepSize, invSqrtCorrection2);
            }
        }
    }

    /** Updates parameter p from gradient g (reset to 0 afterwards when {@code reset}), in parallel chunks if large. */
    private void update(FloatBuffer w, FloatBuffer g, boolean reset, int p, float stepSize, float invSqrtCorrection2) {
        float[][] m = first.get(p);
        float[][] v = second.get(p);
        if (w.capacity() < PARALLEL_FROM) {
            update(w, g, reset, m, v, 0, m.length, stepSize, invSqrtCorrection2);
        } else {
            int chunks = (m.length + BLOCKS_PER_CHUNK - 1) / BLOCKS_PER_CHUNK;
            IntStream.range(0, chunks).parallel().forEach(c -> update(w, g, reset, m, v, c * BLOCKS_PER_CHUNK,
                    Math.min(m.length, (c + 1) * BLOCKS_PER_CHUNK), stepSize, invSqrtCorrection2));
        }
    }

    /** Updates a parameter held in Java arrays from its gradient in arrays of the same lengths, in parallel if large. */
    private void update(float[][] w, float[][] g, int p, float stepSize, float invSqrtCorrection2) {
        float[][] m = first.get(p);
        float[][] v = second.get(p);
        IntConsumer one = i -> adam(w[i], g[i], m[i], v[i], w[i].length, stepSize, invSqrtCorrection2);
        long size = 0;
        for (float[] a : w) {
            size += a.length;
        }
        if (size < PARALLEL_FROM) {
            for (int i = 0; i < w.length; i++) {
                one.accept(i);
            }
        } else {
            IntStream.range(0, w.length).parallel().forEach(one);
        }
    }

    /**
     * Updates blocks [fromBlock, toBlock): each block's weights and gradients are copied in bulk into
     * small heap arrays (which stay in cache), updated with the block's moments, and the weights copied
     * back; the gradient block is overwritten with zeros. Element-wise access to the direct buffers
     * instead was half the speed (bench-mlp).
     */
    private static void update(FloatBuffer w, FloatBuffer g, boolean reset, float[][] m, float[][] v, int fromBlock,
            int toBlock, float stepSize, float invSqrtCorrection2) {
        float[] wb = new float[BLOCK];
        float[] gb = new float[BLOCK];
        float[] zeros = new float[BLOCK];
        for (int b = fromBlock; b < toBlock; b++) {
            int start = b * BLOCK;
            int len = m[b].length;
            w.get(start, wb, 0, len);
            g.get(start, gb, 0, len);
            adam(wb, gb, m[b], v[b], len, stepSize, invSqrtCorrection2);
            w.put(start, wb, 0, len);
            if (reset) {
                g.put(start, zeros, 0, len);
            }
        }
    }

    /**
     * Adam's step on one block. Every array is indexed by the same {@code i} on purpose: with the moments
     * read at {@code start + i} beside weights at {@code i}, HotSpot's C2 (JDK 17) left the loop scalar
     * (scalar square roots and divisions: 2.4 ns per parameter, measured); indexed alike it vectorises
     * (0.25 ns). Vector square root and division round exactly as the scalar ones, so results are unchanged.
     */
    private static void adam(float[] w, float[] g, float[] m, float[] v, int len, float stepSize,
            float invSqrtCorrection2) {
        for (int i = 0; i < len; i++) {
            float gi = g[i];
            float mi = BETA1 * m[i] + (1 - BETA1) * gi;
            float vi = BETA2 * v[i] + (1 - BETA2) * gi * gi;
            m[i] = mi;
            v[i] = vi;
            w[i] -= stepSize * mi / ((float) Math.sqrt(vi) * invSqrtCorrection2 + EPS);
        }
    }
}
