package org.rebalance.nn.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * One graph convolution: {@code h' = ReLU(h W_self + b + A (h W_neighbour))}, where {@code A} is the
 * sparse adjacency of the batch's nodes, so each node adds its own transformed features to the sum
 * of its neighbours' (Duvenaud et al. 2015; Kipf and Welling 2017 without degree normalisation).
 * Inputs {@code [h (N x in), A (N x N sparse)]}; output {@code [h' (N x out)]}.
 */
public final class GraphConvBlock extends AbstractBlock {
    private static final byte VERSION = 1;

    private final long units;
    private final Parameter selfWeight;
    private final Parameter neighbourWeight;
    private final Parameter bias;

    public GraphConvBlock(long units) {
        super(VERSION);
        this.units = units;
        this.selfWeight = addParameter(Parameter.builder().setName("selfWeight").setType(Parameter.Type.WEIGHT).build());
        this.neighbourWeight = addParameter(
                Parameter.builder().setName("neighbourWeight").setType(Parameter.Type.WEIGHT).build());
        this.bias = addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray h = inputs.get(0);
        NDArray adjacency = inputs.get(1);
        NDArray ws = store.getValue(selfWeight, h.getDevice(), training);
        NDArray wn = store.getValue(neighbourWeight, h.getDevice(), training);
        NDArray b = store.getValue(bias, h.getDevice(), training);
        NDArray neighbours = adjacency.dot(h.dot(wn));
        return new NDList(Activation.relu(h.dot(ws).add(b).add(neighbours)));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), units)};
    }

    @Override
    protected void prepare(Shape[] inputShapes) {
        long in = inputShapes[0].get(1);
        selfWeight.setShape(new Shape(in, units));
        neighbourWeight.setShape(new Shape(in, units));
        bias.setShape(new Shape(units));
    }
}
