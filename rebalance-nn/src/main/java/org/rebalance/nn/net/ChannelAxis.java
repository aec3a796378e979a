package org.rebalance.nn.net;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** Reads each input row (N, L) as a one-channel signal (N, 1, L), the layout convolutions take. */
public final class ChannelAxis extends AbstractBlock {
    private static final byte VERSION = 1;

    public ChannelAxis() {
        super(VERSION);
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        return new NDList(inputs.singletonOrThrow().expandDims(1));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), 1, in.get(1))};
    }
}
