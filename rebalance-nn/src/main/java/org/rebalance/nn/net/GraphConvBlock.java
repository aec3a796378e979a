package org.rebalance.nn.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * One graph convolution: {@code h' = ReLU(h W_self + b + (A h) W_neighbour)}, where {@code A} is the
 * sparse adjacency of the batch's nodes, so each node adds its own transformed features to the sum
 * of its neighbours' (Duvenaud et al. 2015; Kipf and Welling 2017 without degree normalisation).
 * With K kinds of edge (bond types) the adjacency is (K N) x N, one block per kind, and each kind has
 * its own neighbour weight: {@code h' = ReLU(h W_self + b + sum_k (A_k h) W_k)}, the relational form of
 * Schlichtkrull et al. 2018 (R-GCN) without normalisation. All weights live in one matrix
 * ({@code out x (1 + K) in}, DJL's layout for {@code Linear}) so that the layer costs one matrix product
 * on {@code [h, A_1 h, ..., A_K h]} forward and two backward.
 * Inputs {@code [h (N x in), A ((K N) x N sparse)]}; output {@code [h' (N x out)]}.
 */
public final class GraphConvBlock extends AbstractBlock {
    private static final byte VERSION = 1;

    private final long units;
    private final Parameter weight;
    private final Parameter bias;

    public GraphConvBlock(long units) {
        super(VERSION);
        this.units = units;
        this.weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT).build());
        this.bias = addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray h = inputs.get(0);
        NDArray adjacency = inputs.get(1);
        NDArray w = store.getValue(weight, h.getDevice(), training);
        NDArray b = store.getValue(bias, h.getDevice(), training);
        // [h, A_1 h, ..., A_K h] (N x (1 + K) in) times [W_self; W_1; ...; W_K]: one product instead of 1 + K
        NDArray neighbours = adjacency.dot(h);
        long nodes = h.getShape().get(0);
        long kinds = adjacency.getShape().get(0) / Math.max(1, nodes);
        if (kinds > 1) { // (K N) x in -> N x (K in): each node's sums per kind side by side
            long in = h.getShape().get(1);
            neighbours = neighbours.reshape(kinds, nodes, in).transpose(1, 0, 2).reshape(nodes, kinds * in);
        }
        NDArray all = h.concat(neighbours, 1);
        return new NDList(Activation.relu(Linear.linear(all, w, b).singletonOrThrow()));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), units)};
    }

    @Override
    protected void prepare(Shape[] inputShapes) {
        long in = inputShapes[0].get(1);
        long kinds = inputShapes[1].get(0) / inputShapes[1].get(1);
        weight.setShape(new Shape(units, (1 + kinds) * in));
        bias.setShape(new Shape(units));
    }
}
