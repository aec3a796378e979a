package org.rebalance.nn.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Hands a batch of images (N, C, H, W) on in the channels-last memory layout: the same values and shape,
 * stored pixel by pixel with a pixel's channels side by side. libtorch keeps that layout through the
 * convolutions, activations and pooling that follow, and picks its channels-last kernels: max pooling
 * vectorised over channels (about four times faster) and oneDNN's nhwc convolutions, whose backward is free
 * of the AVX-512 bug that the default (blocked) layout has on AMD EPYC processors (docs/architecture.md;
 * speed-ups in docs/benchmarks.md).
 *
 * <p>How: the batch is permuted to (N, H, W, C), reshaped to one dimension (a copy in that order; for one
 * channel a view, the order being the same) and viewed back as (N, C, H, W) with channels-last strides.
 * DJL has no memory-format call, so the layout is made from these views.
 */
public final class ChannelsLast extends AbstractBlock {
    private static final byte VERSION = 1;

    public ChannelsLast() {
        super(VERSION);
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        if (x.getShape().dimension() != 4) {
            throw new IllegalArgumentException("images come as (N, C, H, W), got " + x.getShape());
        }
        return new NDList(stored(x));
    }

    /** {@code x} (N, C, H, W), the same values stored channels-last (a copy, or a view for one channel). */
    static NDArray stored(NDArray x) {
        Shape s = x.getShape();
        NDArray pixelMajor = x.transpose(0, 2, 3, 1).reshape(-1).reshape(s.get(0), s.get(2), s.get(3), s.get(1));
        return pixelMajor.transpose(0, 3, 1, 2);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return inputShapes;
    }
}
