package org.rebalance.nn.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import java.util.List;
import org.rebalance.core.learn.Cnn1d;
import org.rebalance.core.learn.Cnn2d;
import org.rebalance.core.learn.Gcn;
import org.rebalance.core.learn.GraphMerge;
import org.rebalance.core.learn.Mlp;
import org.rebalance.core.learn.NetworkSpec;

/** Turns a {@link NetworkSpec} into a DJL block. */
public final class Networks {
    private Networks() {
    }

    /**
     * Initialises a block made by {@link #build} from {@code spec} for inputs of the given shapes, in
     * single precision: DJL's defaults (Xavier weights, zero biases), except for graph networks
     * ({@code gcn}, {@code merge}), which get PyTorch's default ({@link TorchDefaultInit}). On the
     * Hansen Ames set that lifted the GCN's test balanced accuracy by 1.7 points on average over seeds
     * 1-7, every seed better (0.775 -> 0.792), to the reference PyTorch GCN's level on the same splits;
     * see docs/benchmarks.md. Draws come from the engine's generator: seed it first.
     */
    public static void initialize(Block block, NetworkSpec spec, NDManager manager, Shape... inputShapes) {
        block.initialize(manager, DataType.FLOAT32, inputShapes);
        if (spec instanceof Gcn || spec instanceof GraphMerge) {
            TorchDefaultInit.apply(block, manager);
        }
    }

    /**
     * The block for {@code spec} producing {@code outputs} logits (1 for two classes, k otherwise).
     * Parameters are not yet initialised.
     */
    public static Block build(NetworkSpec spec, int outputs) {
        if (spec instanceof Mlp mlp) {
            return mlp(mlp, outputs);
        }
        if (spec instanceof Gcn gcn) {
            return new GraphNetwork(gcn.convolutions(), gcn.readout(), null, head(gcn, outputs));
        }
        if (spec instanceof GraphMerge merge) {
            Gcn gcn = merge.graph();
            return new GraphNetwork(gcn.convolutions(), gcn.readout(), fingerprintBranch(merge), head(gcn, outputs));
        }
        if (spec instanceof Cnn1d cnn) {
            return cnn1d(cnn, outputs);
        }
        if (spec instanceof Cnn2d cnn) {
            return cnn2d(cnn, outputs);
        }
        throw new AssertionError(spec);
    }

    /**
     * Input (N, L): per entry of {@code channels} a convolution over the signal ("same" padding), ReLU and max
     * pooling (applied as pooling, then ReLU: they commute exactly, values and gradients, and the ReLU then
     * runs on a pool-th of the values), global average pooling, the head. Run as a 2-D network on
     * one-pixel-high channels-last images ({@link ChannelAxis}, {@link ChannelsLast}); the values are those of
     * the 1-D network.
     */
    private static Block cnn1d(Cnn1d spec, int outputs) {
        SequentialBlock net = new SequentialBlock();
        net.add(new ChannelAxis());
        net.add(new ChannelsLast());
        for (int filters : spec.channels()) {
            net.add(Conv2d.builder().setKernelShape(new Shape(1, spec.kernel())).setFilters(filters)
                    .optPadding(new Shape(0, spec.kernel() / 2)).build());
            if (spec.pool() > 1) {
                net.add(Pool.maxPool2dBlock(new Shape(1, spec.pool()), new Shape(1, spec.pool())));
            }
            net.add(Activation.reluBlock()); // after pooling: the same values, on a pool-th of them
        }
        net.add(Networks::globalMean);
        addHead(net, spec.head(), spec.dropout(), outputs);
        return net;
    }

    /**
     * Input (N, C, H, W), handed on channels-last ({@link ChannelsLast}): per stage convolution(s) and max
     * pooling (a plain stage pools before its ReLU, as the 1-D network does), global average pooling, the head.
     * Plain stages after the first convolve on oneDNN's blocked layout ({@link BlockedConv2d}: faster there); the
     * first convolution stays channels-last (one input channel: nothing to gain, and two more layout copies).
     */
    private static Block cnn2d(Cnn2d spec, int outputs) {
        SequentialBlock net = new SequentialBlock();
        net.add(new ChannelsLast());
        int k = spec.kernel();
        boolean first = true;
        for (int filters : spec.channels()) {
            boolean plain = spec.stage() != Cnn2d.Stage.RESIDUAL;
            if (plain && !first) { // its input takes part in autograd, as BlockedConv2d needs
                net.add(BlockedConv2d.of(new Shape(k, k), filters, new Shape(k / 2, k / 2)));
            } else if (plain) {
                net.add(Conv2d.builder().setKernelShape(new Shape(k, k)).setFilters(filters)
                        .optPadding(new Shape(k / 2, k / 2)).build());
            } else {
                net.add(new ResidualBlock(filters, k));
            }
            if (spec.pool() > 1) {
                net.add(Pool.maxPool2dBlock(new Shape(spec.pool(), spec.pool()), new Shape(spec.pool(), spec.pool())));
            }
            if (plain) {
                net.add(Activation.reluBlock()); // after pooling: the same values, on a quarter of them
            }
            first = false;
        }
        net.add(Networks::globalMean);
        addHead(net, spec.head(), spec.dropout(), outputs);
        return net;
    }

    /**
     * Global average pooling (N, C, H, W) -> (N, C) as one mean over the H x W positions of the channels-last memory
     * ((N, H, W, C) viewed as (N, H W, C), no copy): a reduction over contiguous rows of channels, and a gradient in
     * the channels-last layout, so the max pooling before it runs its channels-last backward. Two means, over W and
     * then H (used before), had strided outputs whose sums and divisions took libtorch's slow path (its profiler:
     * 140 us to divide 14,336 values); one mean made bench-cnn2d 5-7 % faster. Adaptive average pooling would hand
     * back the (N, C, H, W) layout.
     */
    static NDList globalMean(NDList in) {
        NDArray x = in.singletonOrThrow();
        Shape s = x.getShape();
        return new NDList(x.transpose(0, 2, 3, 1).reshape(s.get(0), s.get(2) * s.get(3), s.get(1)).mean(new int[] {1}));
    }

    /** Dense ReLU layers (each followed by dropout when the rate is positive), then the output layer. */
    private static void addHead(SequentialBlock net, List<Integer> hidden, double dropout, int outputs) {
        for (int units : hidden) {
            net.add(Linear.builder().setUnits(units).build());
            net.add(Activation.reluBlock());
            if (dropout > 0) {
                net.add(new SeededDropout(dropout));
            }
        }
        net.add(Linear.builder().setUnits(outputs).build());
    }

    private static Block head(Gcn gcn, int outputs) {
        SequentialBlock head = new SequentialBlock();
        addHead(head, gcn.head(), gcn.dropout(), outputs);
        return head;
    }

    private static Block fingerprintBranch(GraphMerge merge) {
        SequentialBlock branch = new SequentialBlock();
        boolean first = true;
        for (int units : merge.fingerprintBranch()) {
            branch.add(first ? new InputLinear(units) : Linear.builder().setUnits(units).build());
            first = false;
            branch.add(Activation.reluBlock());
            if (merge.graph().dropout() > 0) {
                branch.add(new SeededDropout(merge.graph().dropout()));
            }
        }
        return branch;
    }

    private static Block mlp(Mlp spec, int outputs) {
        SequentialBlock net = new SequentialBlock();
        boolean first = true;
        for (int units : spec.hidden()) {
            net.add(first ? new InputLinear(units) : Linear.builder().setUnits(units).build());
            first = false;
            net.add(activation(spec.activation()));
            if (spec.dropout() > 0) {
                net.add(new SeededDropout(spec.dropout()));
            }
        }
        net.add(first ? new InputLinear(outputs) : Linear.builder().setUnits(outputs).build());
        return net;
    }

    private static Block activation(org.rebalance.core.learn.Activation a) {
        switch (a) {
            case RELU:
                return Activation.reluBlock();
            case LEAKY_RELU:
                return Activation.leakyReluBlock(0.01f);
            case GELU:
                return Activation.geluBlock();
            case TANH:
                return Activation.tanhBlock();
            default:
                throw new AssertionError(a);
        }
    }
}
