package org.rebalance.nn.net;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import org.rebalance.core.learn.Mlp;
import org.rebalance.core.learn.NetworkSpec;

/** Turns a {@link NetworkSpec} into a DJL block. */
public final class Networks {
    private Networks() {
    }

    /**
     * The block for {@code spec} producing {@code outputs} logits (1 for two classes, k otherwise).
     * Parameters are not yet initialised.
     */
    public static Block build(NetworkSpec spec, int outputs) {
        if (spec instanceof Mlp mlp) {
            return mlp(mlp, outputs);
        }
        throw new AssertionError(spec);
    }

    private static Block mlp(Mlp spec, int outputs) {
        SequentialBlock net = new SequentialBlock();
        boolean first = true;
        for (int units : spec.hidden()) {
            net.add(first ? new InputLinear(units) : Linear.builder().setUnits(units).build());
            first = false;
            net.add(activation(spec.activation()));
            if (spec.dropout() > 0) {
                net.add(Dropout.builder().optRate((float) spec.dropout()).build());
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
