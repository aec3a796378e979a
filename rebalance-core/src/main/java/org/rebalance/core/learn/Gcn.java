package org.rebalance.core.learn;

import java.util.List;
import org.rebalance.core.ConfigException;

/**
 * A graph-convolution network in the style of Duvenaud et al. 2015 and Kipf and Welling 2017: each
 * layer maps every node to {@code ReLU(h W_self + b + (sum of neighbours' h) W_neighbour)}, then a
 * readout pools the nodes of each graph into one vector, and a dense head (ReLU layers with dropout,
 * then the output layer) classifies it.
 *
 * @param convolutions the output width of each graph-convolution layer, e.g. [64, 64, 64]
 * @param readout how node embeddings are pooled per graph
 * @param head the hidden sizes of the dense head, e.g. [128]
 * @param dropout dropout after each hidden head layer, in [0, 1)
 * @param bondTypes one neighbour weight per kind of edge (for molecules: per bond type, single, double,
 *     triple, aromatic) instead of one for all edges
 */
public record Gcn(List<Integer> convolutions, Readout readout, List<Integer> head, double dropout, boolean bondTypes)
        implements NetworkSpec {
    public Gcn {
        convolutions = List.copyOf(convolutions);
        head = List.copyOf(head);
        if (convolutions.isEmpty()) {
            throw new ConfigException("gcn: needs at least one graph-convolution layer");
        }
        Mlp.checkSizes("gcn", convolutions);
        Mlp.checkSizes("gcn", head);
        Mlp.checkDropout("gcn", dropout);
    }

    /** One neighbour weight for all edges. */
    public Gcn(List<Integer> convolutions, Readout readout, List<Integer> head, double dropout) {
        this(convolutions, readout, head, dropout, false);
    }

    /** Three convolutions of 64, sum readout, a head of 128: the reference architecture. */
    public static Gcn defaults() {
        return new Gcn(List.of(64, 64, 64), Readout.SUM, List.of(128), 0.0);
    }

    @Override
    public String name() {
        return "gcn";
    }
}
