package org.rebalance.nn.net;

import ai.djl.nn.Block;
import java.util.List;

/**
 * A block that computes part of its backward pass itself, outside libtorch's autograd: after every
 * backward pass through a network, {@link #completeAll} must run before the gradients are read.
 */
public interface DeferredBackward {
    /** Adds the gradients this block owes from the last training forward pass; nothing if none is pending. */
    void completeBackward();

    /**
     * Completes the deferred backward work of every block in {@code network}, the last block first (the reverse of
     * depth-first order, which is the order of a forward pass through a sequence of layers): a block's completion can
     * pass a gradient back into an earlier block's output ({@link BlockedConv2d}).
     */
    static void completeAll(Block network) {
        List<DeferredBackward> blocks = Blocks.all(network, DeferredBackward.class);
        for (int i = blocks.size() - 1; i >= 0; i--) {
            blocks.get(i).completeBackward();
        }
    }
}
