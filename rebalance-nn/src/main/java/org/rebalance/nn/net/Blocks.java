package org.rebalance.nn.net;

import ai.djl.nn.Block;
import java.util.ArrayList;
import java.util.List;

/** Finding the blocks of a network that play a role of ours (deferred backward work, Java-held gradients). */
public final class Blocks {
    private Blocks() {
    }

    /** Every block of {@code network}, itself included, that is a {@code role}, depth first. */
    public static <T> List<T> all(Block network, Class<T> role) {
        List<T> out = new ArrayList<>();
        collect(network, role, out);
        return out;
    }

    private static <T> void collect(Block block, Class<T> role, List<T> out) {
        if (role.isInstance(block)) {
            out.add(role.cast(block));
        }
        for (Block child : block.getChildren().values()) {
            collect(child, role, out);
        }
    }
}
