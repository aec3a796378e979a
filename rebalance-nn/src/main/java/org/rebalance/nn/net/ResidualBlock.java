package org.rebalance.nn.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A ResNet basic block on N x C x H x W inputs, stride 1: {@code ReLU(BN(conv(ReLU(BN(conv(x))))) + s(x))}
 * where the convolutions are {@code kernel} x {@code kernel} with "same" padding and no bias (batch
 * norm supplies the shift), and the skip {@code s} is the identity when the input already has
 * {@code filters} channels, otherwise a 1 x 1 convolution and batch norm. The projection is added when
 * the block learns its input width, at initialisation. Batch norm normalises with the batch's
 * statistics in training (updating its running mean and variance, momentum 0.1) and with the running
 * statistics in inference.
 */
public final class ResidualBlock extends AbstractBlock {
    private static final byte VERSION = 1;

    private final int filters;
    private final Block main;
    private Block shortcut; // null: identity

    public ResidualBlock(int filters, int kernel) {
        super(VERSION);
        this.filters = filters;
        this.main = addChildBlock("main", new SequentialBlock()
                .add(conv(filters, kernel))
                .add(BatchNorm.builder().build())
                .add(Activation.reluBlock())
                .add(conv(filters, kernel))
                .add(BatchNorm.builder().build()));
    }

    private static Block conv(int filters, int kernel) {
        return Conv2d.builder().setKernelShape(new Shape(kernel, kernel)).setFilters(filters)
                .optPadding(new Shape(kernel / 2, kernel / 2)).optBias(false).build();
    }

    /** Whether the skip connection is a 1 x 1 projection (known once the block is initialised). */
    public boolean projects() {
        return shortcut != null;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray y = main.forward(store, inputs, training, params).singletonOrThrow();
        NDArray skip = shortcut == null ? inputs.singletonOrThrow()
                : shortcut.forward(store, inputs, training, params).singletonOrThrow();
        return new NDList(Activation.relu(y.add(skip)));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        if (inputShapes[0].get(1) != filters && shortcut == null) {
            shortcut = addChildBlock("shortcut", new SequentialBlock().add(conv(filters, 1))
                    .add(BatchNorm.builder().build()));
        }
        main.initialize(manager, dataType, inputShapes);
        if (shortcut != null) {
            shortcut.initialize(manager, dataType, inputShapes);
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), filters, in.get(2), in.get(3))};
    }
}
