package org.rebalance.nn.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;
import org.rebalance.core.learn.Readout;

/**
 * Graph convolutions, a readout per graph, optionally a fingerprint branch whose output is
 * concatenated with the pooled embedding, then a dense head. Inputs are those of
 * {@link org.rebalance.nn.batch.GraphInput}: {@code [nodes, adjacency, pooling, (graph features)]}.
 */
public final class GraphNetwork extends AbstractBlock {
    private static final byte VERSION = 1;

    private final List<GraphConvBlock> convolutions = new ArrayList<>();
    private final Readout readout;
    private final Block fingerprintBranch; // null: graph only
    private final Block head;

    GraphNetwork(List<Integer> convolutionUnits, Readout readout, Block fingerprintBranch, Block head) {
        super(VERSION);
        for (int i = 0; i < convolutionUnits.size(); i++) {
            convolutions.add(addChildBlock("conv" + i, new GraphConvBlock(convolutionUnits.get(i))));
        }
        this.readout = readout;
        this.fingerprintBranch = fingerprintBranch == null ? null : addChildBlock("fingerprint", fingerprintBranch);
        this.head = addChildBlock("head", head);
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray h = inputs.get(0);
        NDArray adjacency = inputs.get(1);
        for (GraphConvBlock conv : convolutions) {
            h = conv.forward(store, new NDList(h, adjacency), training, params).singletonOrThrow();
        }
        NDArray pooled = pool(h, inputs.get(2));
        if (fingerprintBranch != null) {
            NDArray f = fingerprintBranch.forward(store, new NDList(inputs.get(3)), training, params).singletonOrThrow();
            pooled = NDArrays.concat(new NDList(pooled, f), 1);
        }
        return head.forward(store, new NDList(pooled), training, params);
    }

    private NDArray pool(NDArray h, NDArray pooling) {
        if (readout != Readout.MAX) {
            return pooling.dot(h);
        }
        // node embeddings are ReLU outputs (>= 0), so the zero padding row never wins the maximum
        long width = h.getShape().get(1);
        NDArray padded = h.concat(h.getManager().zeros(new Shape(1, width), h.getDataType()), 0);
        Shape table = pooling.getShape();
        return padded.get(pooling.flatten()).reshape(table.get(0), table.get(1), width).max(new int[] {1});
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape h = inputShapes[0];
        for (GraphConvBlock conv : convolutions) {
            conv.initialize(manager, dataType, h, inputShapes[1]);
            h = conv.getOutputShapes(new Shape[] {h, inputShapes[1]})[0];
        }
        head.initialize(manager, dataType, new Shape(inputShapes[2].get(0), mergedWidth(manager, dataType, h,
                inputShapes)));
    }

    private long mergedWidth(NDManager manager, DataType dataType, Shape nodes, Shape[] inputShapes) {
        long width = nodes.get(1);
        if (fingerprintBranch != null) {
            fingerprintBranch.initialize(manager, dataType, inputShapes[3]);
            width += fingerprintBranch.getOutputShapes(new Shape[] {inputShapes[3]})[0].get(1);
        }
        return width;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        long width = convolutions.get(convolutions.size() - 1).getOutputShapes(new Shape[] {inputShapes[0]})[0].get(1);
        if (fingerprintBranch != null) {
            width += fingerprintBranch.getOutputShapes(new Shape[] {inputShapes[3]})[0].get(1);
        }
        return head.getOutputShapes(new Shape[] {new Shape(inputShapes[2].get(0), width)});
    }
}
