package org.rebalance.nn.net;

import ai.djl.nn.Block;

/**
 * A block that computes part of its backward pass itself, outside libtorch's autograd: after every
 * backward pass through a network, {@link #completeAll} must run before the gradients are read.
 */
public interface DeferredBackward {
    /** Adds the gradients this block owes from the last training forward pass; nothing if none is pending. */
    void completeBackward();

    /** Completes the deferred backward work of every block in {@code network}, depth first. */
    static void completeAll(Block network) {
        Blocks.all(network, DeferredBackward.class).forEach(DeferredBackward::completeBackward);
    }
}
