package org.rebalance.core.data;

import java.util.Arrays;

/**
 * One graph: {@code nodes} nodes with {@code featureCount} features each (row-major) and undirected
 * edges given once each as pairs {@code (edges[2e], edges[2e + 1])}, each of a kind numbered from 0
 * (for molecules the bond type; 0 for every edge when kinds are not told apart). Immutable: arrays are
 * copied in and out. Chemistry-agnostic: a molecule is atoms and bonds, but so is any other graph.
 */
public final class Graph {
    private final int nodes;
    private final int featureCount;
    private final float[] features;
    private final int[] edges;
    private final byte[] edgeKinds;

    /** A graph whose edges are all of kind 0. */
    public Graph(int nodes, int featureCount, float[] features, int[] edges) {
        this(nodes, featureCount, features, edges, new byte[edges.length / 2]);
    }

    /**
     * @param edgeKinds the kind of each edge (0 to 127), one per pair in {@code edges}
     */
    public Graph(int nodes, int featureCount, float[] features, int[] edges, byte[] edgeKinds) {
        if (nodes < 0 || featureCount < 0) {
            throw new IllegalArgumentException("negative size: " + nodes + " nodes, " + featureCount + " features");
        }
        if (features.length != (long) nodes * featureCount) {
            throw new IllegalArgumentException(features.length + " feature values for " + nodes + " nodes of "
                    + featureCount + " features");
        }
        if (edges.length % 2 != 0) {
            throw new IllegalArgumentException("edges must come in pairs, got " + edges.length + " indices");
        }
        for (int e : edges) {
            if (e < 0 || e >= nodes) {
                throw new IllegalArgumentException("edge end " + e + " outside 0.." + (nodes - 1));
            }
        }
        if (edgeKinds.length != edges.length / 2) {
            throw new IllegalArgumentException(edgeKinds.length + " edge kinds for " + edges.length / 2 + " edges");
        }
        for (byte kind : edgeKinds) {
            if (kind < 0) {
                throw new IllegalArgumentException("negative edge kind " + kind);
            }
        }
        this.nodes = nodes;
        this.featureCount = featureCount;
        this.features = features.clone();
        this.edges = edges.clone();
        this.edgeKinds = edgeKinds.clone();
    }

    public int nodes() {
        return nodes;
    }

    public int featureCount() {
        return featureCount;
    }

    public int edgeCount() {
        return edges.length / 2;
    }

    /** Feature f of node v. */
    public float feature(int v, int f) {
        return features[v * featureCount + f];
    }

    /** Copies the node features, row-major, into {@code dest} from {@code offset}. */
    public void copyFeatures(float[] dest, int offset) {
        System.arraycopy(features, 0, dest, offset, features.length);
    }

    /** A copy of the node features, row-major. */
    public float[] features() {
        return features.clone();
    }

    /** A copy of the edge list: pairs of node indices, each undirected edge once. */
    public int[] edges() {
        return edges.clone();
    }

    /** The kind of edge e (0 when kinds are not told apart). */
    public int edgeKind(int e) {
        return edgeKinds[e];
    }

    /** The largest edge kind, or -1 without edges. */
    public int maxEdgeKind() {
        int max = -1;
        for (byte kind : edgeKinds) {
            max = Math.max(max, kind);
        }
        return max;
    }

    /** First end of edge e. */
    public int from(int e) {
        return edges[2 * e];
    }

    /** Second end of edge e. */
    public int to(int e) {
        return edges[2 * e + 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Graph g && g.nodes == nodes && g.featureCount == featureCount
                && Arrays.equals(g.features, features) && Arrays.equals(g.edges, edges)
                && Arrays.equals(g.edgeKinds, edgeKinds);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(features) + Arrays.hashCode(edges)) + Arrays.hashCode(edgeKinds);
    }

    @Override
    public String toString() {
        return "Graph[" + nodes + " nodes, " + edgeCount() + " edges, " + featureCount + " features]";
    }
}
