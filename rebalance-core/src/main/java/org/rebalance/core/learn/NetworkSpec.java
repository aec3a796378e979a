package org.rebalance.core.learn;

/**
 * A pure-data description of a network architecture; the nn module turns it into DJL blocks. New
 * architectures (graph convolution, CNNs) join as further records.
 */
public sealed interface NetworkSpec permits Mlp, Gcn, GraphMerge, Cnn1d, Cnn2d {
    /** Kebab-case name used on the command line and in manifests. */
    String name();
}
