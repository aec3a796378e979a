package org.rebalance.core.learn;

import java.util.List;
import org.rebalance.core.ConfigException;

/**
 * "Fingerprint + automatic feature extraction": a {@link Gcn} whose pooled graph embedding is
 * concatenated with the output of a fingerprint branch (dense ReLU layers over the molecule's
 * fingerprint bits) before the dense head. Needs graphs that carry graph-level features.
 *
 * @param graph the graph part (its head is the merged network's head)
 * @param fingerprintBranch hidden sizes of the fingerprint branch, e.g. [256, 64]
 */
public record GraphMerge(Gcn graph, List<Integer> fingerprintBranch) implements NetworkSpec {
    public GraphMerge {
        fingerprintBranch = List.copyOf(fingerprintBranch);
        if (fingerprintBranch.isEmpty()) {
            throw new ConfigException("merge: the fingerprint branch needs at least one layer");
        }
        Mlp.checkSizes("merge", fingerprintBranch);
    }

    /** The default graph part with a fingerprint branch of 256 and 64 units. */
    public static GraphMerge defaults() {
        return new GraphMerge(Gcn.defaults(), List.of(256, 64));
    }

    @Override
    public String name() {
        return "merge";
    }
}
