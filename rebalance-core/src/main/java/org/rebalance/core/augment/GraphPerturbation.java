package org.rebalance.core.augment;

import java.util.random.RandomGenerator;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.Graph;

/**
 * Perturbed copies of a graph for minority augmentation (the node-masking and edge-dropping
 * augmentations of You et al., "Graph Contrastive Learning with Augmentations", NeurIPS 2020):
 * every node's features are zeroed with probability {@code maskRate}, every edge is dropped with
 * probability {@code dropRate}. The node count never changes, so a perturbed molecule keeps its size.
 */
public record GraphPerturbation(double maskRate, double dropRate) {
    public GraphPerturbation {
        if (!(maskRate >= 0 && maskRate < 1) || !(dropRate >= 0 && dropRate < 1)) {
            throw new ConfigException("graph perturbation rates must be in [0, 1), got masking " + maskRate
                    + " and dropping " + dropRate);
        }
    }

    /** 10% of nodes masked and 10% of edges dropped. */
    public static GraphPerturbation defaults() {
        return new GraphPerturbation(0.1, 0.1);
    }

    /** A perturbed copy of {@code g}. */
    public Graph perturb(Graph g, RandomGenerator rng) {
        int f = g.featureCount();
        float[] features = g.features();
        for (int v = 0; v < g.nodes(); v++) {
            if (rng.nextDouble() < maskRate) {
                java.util.Arrays.fill(features, v * f, (v + 1) * f, 0f);
            }
        }
        int[] edges = g.edges();
        byte[] kinds = new byte[g.edgeCount()];
        int kept = 0;
        for (int e = 0; e < g.edgeCount(); e++) {
            if (rng.nextDouble() >= dropRate) {
                edges[2 * kept] = edges[2 * e];
                edges[2 * kept + 1] = edges[2 * e + 1];
                kinds[kept] = (byte) g.edgeKind(e); // a kept bond keeps its type
                kept++;
            }
        }
        return new Graph(g.nodes(), f, features, java.util.Arrays.copyOf(edges, 2 * kept),
                java.util.Arrays.copyOf(kinds, kept));
    }
}
