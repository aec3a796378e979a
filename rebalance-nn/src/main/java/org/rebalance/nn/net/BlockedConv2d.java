package org.rebalance.nn.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * 2-D convolutions run on oneDNN's blocked layout inside a channels-last network, with the input gradient computed by
 * oneDNN's forward kernel. libtorch 2.5.1's oneDNN 3.5 has two kinds of convolution kernels on AVX-512: those it uses
 * for channels-last tensors (brgemm) and those it uses for the usual (N, C, H, W) layout, which it reorders to blocks
 * of 16 channels (jit). For the second convolution of the default image network (16 -> 32 channels, 14 x 14, batch
 * 64) the blocked ones are two to four times faster (forward 0.7 against 1.8 ms, input gradient 0.8 against 3.0 ms;
 * docs/benchmarks.md), but the blocked backward-data kernel leaves parts of its output unwritten on AMD EPYC (Zen 4)
 * processors for some input channel counts below 16 (3, 4 and 6 in our trials; docs/architecture.md). So this block
 * <ul>
 *   <li>hands the convolution its input in the (N, C, H, W) layout and its output back channels-last (two copies,
 *       cheaper than the kernels they avoid);</li>
 *   <li>in training, convolves a detached input (libtorch then computes only the kernel and bias gradients) and hands
 *       on a fresh leaf; after libtorch's backward pass {@link #completeBackward} runs the kernel's and bias's backward
 *       from the leaf's gradient, computes the input gradient as the convolution of the output gradient with the kernel
 *       flipped in both spatial directions and its two channel axes swapped (padding k - 1 - p; stride 1, no
 *       dilation, one group), and continues the backward pass from the input.</li>
 * </ul>
 * The input must therefore take part in autograd: use the block after a trainable layer, not as a network's first
 * layer (whose images need no gradient). {@link DeferredBackward#completeAll} completes the network's blocks last
 * first, so a chain of them hands each one its output gradient before it runs.
 */
public final class BlockedConv2d {
    private BlockedConv2d() {
    }

    /** A convolution of {@code filters} output channels, stride 1, with the given kernel and padding (at most k - 1). */
    public static Conv2d of(Shape kernel, int filters, Shape padding) {
        for (int d = 0; d < 2; d++) {
            if (padding.get(d) > kernel.get(d) - 1) {
                throw new IllegalArgumentException("padding " + padding + " is more than the kernel " + kernel
                        + " less one");
            }
        }
        return new Conv2d(ai.djl.nn.convolutional.Conv2d.builder().setKernelShape(kernel).setFilters(filters)
                .optPadding(padding));
    }

    /** The same values in the (N, C, H, W) layout (a copy when {@code x} is stored otherwise). */
    private static NDArray usualLayout(NDArray x) {
        return x.reshape(-1).reshape(x.getShape());
    }

    /**
     * The block. Its simple name is {@code Conv2d} on purpose: a network names its layers' parameters after their
     * classes' simple names, so networks built with it keep the parameter names of DJL's {@code Conv2d}, and model
     * bundles saved before still load.
     */
    public static final class Conv2d extends ai.djl.nn.convolutional.Conv2d implements DeferredBackward {
        /** Training forward passes whose backward is still owed, the latest first. */
        private final Deque<Pending> pending = new ArrayDeque<>();

        /** What a training forward pass leaves for {@link #completeBackward}. */
        private record Pending(NDArray input, NDArray output, NDArray leaf, NDArray weight) {
        }

        private Conv2d(ai.djl.nn.convolutional.Conv2d.Builder builder) {
            super(builder);
        }

        @Override
        protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                PairList<String, Object> params) {
            NDArray x = inputs.singletonOrThrow();
            NDArray w = store.getValue(weight, x.getDevice(), training);
            NDArray b = includeBias ? store.getValue(bias, x.getDevice(), training) : null;
            if (!training) {
                return new NDList(ChannelsLast.stored(convolve(usualLayout(x), w, b, padding)));
            }
            NDArray y = convolve(usualLayout(x.stopGradient()), w, b, padding);
            NDArray leaf = ChannelsLast.stored(y.stopGradient());
            leaf.setRequiresGradient(true);
            pending.removeIf(p -> p.leaf().isReleased()); // batches closed without a backward pass
            pending.push(new Pending(x, y, leaf, w));
            return new NDList(leaf);
        }

        private NDArray convolve(NDArray x, NDArray w, NDArray b, Shape pad) {
            return conv2d(x, w, b, stride, pad, dilation, groups).singletonOrThrow();
        }

        @Override
        public void completeBackward() {
            while (!pending.isEmpty()) {
                Pending p = pending.pop();
                if (!p.leaf().isReleased()) { // released: a forward pass whose batch is gone without a backward
                    complete(p);
                }
            }
        }

        private void complete(Pending p) {
            boolean gradMode = JniUtils.isGradMode();
            try (NDArray leafGradient = JniUtils.getGradient((PtNDArray) p.leaf())) {
                if (leafGradient == null) {
                    return; // the loss did not depend on this layer
                }
                JniUtils.setGradMode(false);
                try (NDArray outputGradient = usualLayout(leafGradient)) {
                    JniUtils.setGradMode(true);
                    JniUtils.backward((PtNDArray) p.output(), (PtNDArray) outputGradient, false, false);
                    JniUtils.setGradMode(false);
                    Shape transposedPadding = new Shape(kernelShape.get(0) - 1 - padding.get(0),
                            kernelShape.get(1) - 1 - padding.get(1));
                    try (NDArray mirrored = p.weight().flip(2, 3);
                            NDArray flipped = mirrored.transpose(1, 0, 2, 3);
                            NDArray inputGradient = ChannelsLast.stored(
                                    convolve(outputGradient, flipped, null, transposedPadding))) {
                        JniUtils.setGradMode(true);
                        JniUtils.backward((PtNDArray) p.input(), (PtNDArray) inputGradient, false, false);
                    }
                }
            } finally {
                JniUtils.setGradMode(gradMode);
            }
        }
    }
}
