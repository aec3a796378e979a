package org.rebalance.core.data;

import java.util.Arrays;
import java.util.List;

/**
 * Model inputs made of graphs (one per example, all with the same node-feature layout), optionally
 * with a vector of graph-level features per example (for molecules: a fingerprint), which models
 * that merge a learned graph embedding with given descriptors read alongside.
 */
public final class Graphs implements Inputs {
    private final Graph[] graphs;
    private final int nodeFeatures;
    private final DenseMatrix graphFeatures; // null when there are none
    private final int edgeKinds;

    private Graphs(Graph[] graphs, int nodeFeatures, DenseMatrix graphFeatures, int edgeKinds) {
        this.graphs = graphs;
        this.nodeFeatures = nodeFeatures;
        this.graphFeatures = graphFeatures;
        this.edgeKinds = edgeKinds;
    }

    /** Graphs without graph-level features; all must share one node-feature count. */
    public static Graphs of(List<Graph> graphs, int nodeFeatures) {
        return of(graphs, nodeFeatures, null);
    }

    /**
     * Graphs with one row of {@code graphFeatures} per graph (or null for none).
     *
     * @throws IllegalArgumentException if a graph has another node-feature count or the row counts differ
     */
    public static Graphs of(List<Graph> graphs, int nodeFeatures, DenseMatrix graphFeatures) {
        int kinds = 1;
        for (Graph g : graphs) {
            kinds = Math.max(kinds, g.maxEdgeKind() + 1);
        }
        return of(graphs, nodeFeatures, graphFeatures, kinds);
    }

    /**
     * Graphs whose edges are of {@code edgeKinds} kinds, 0 .. edgeKinds - 1, fixed by whoever made them (a
     * molecule featuriser knows its bond types even when a data set lacks one of them).
     *
     * @throws IllegalArgumentException as {@link #of(List, int, DenseMatrix)}, or for an edge of a kind out of range
     */
    public static Graphs of(List<Graph> graphs, int nodeFeatures, DenseMatrix graphFeatures, int edgeKinds) {
        if (edgeKinds < 1) {
            throw new IllegalArgumentException("edge kinds must be >= 1, got " + edgeKinds);
        }
        Graph[] array = graphs.toArray(new Graph[0]);
        for (int i = 0; i < array.length; i++) {
            if (array[i].maxEdgeKind() >= edgeKinds) {
                throw new IllegalArgumentException("graph " + i + " has an edge of kind " + array[i].maxEdgeKind()
                        + ", expected fewer than " + edgeKinds);
            }
        }
        for (int i = 0; i < array.length; i++) {
            if (array[i].featureCount() != nodeFeatures) {
                throw new IllegalArgumentException("graph " + i + " has " + array[i].featureCount()
                        + " node features, expected " + nodeFeatures);
            }
        }
        if (graphFeatures != null && graphFeatures.rows() != array.length) {
            throw new IllegalArgumentException(array.length + " graphs but " + graphFeatures.rows()
                    + " rows of graph features");
        }
        return new Graphs(array, nodeFeatures, graphFeatures, edgeKinds);
    }

    @Override
    public int size() {
        return graphs.length;
    }

    public Graph graph(int i) {
        return graphs[i];
    }

    public int nodeFeatures() {
        return nodeFeatures;
    }

    /** How many kinds of edge these graphs distinguish (1: none). */
    public int edgeKinds() {
        return edgeKinds;
    }

    public boolean hasGraphFeatures() {
        return graphFeatures != null;
    }

    /** The graph-level features, one row per graph; throws if there are none. */
    public DenseMatrix graphFeatures() {
        if (graphFeatures == null) {
            throw new IllegalStateException("these graphs carry no graph-level features");
        }
        return graphFeatures;
    }

    /** Total number of nodes over all graphs. */
    public long totalNodes() {
        long n = 0;
        for (Graph g : graphs) {
            n += g.nodes();
        }
        return n;
    }

    @Override
    public Graphs select(int[] rows) {
        Graph[] out = new Graph[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = graphs[rows[i]];
        }
        return new Graphs(out, nodeFeatures, graphFeatures == null ? null : graphFeatures.select(rows), edgeKinds);
    }

    /** These graphs followed by {@code extra} (same layouts; graph features must match presence). */
    public Graphs append(Graphs extra) {
        if (extra.nodeFeatures != nodeFeatures || extra.hasGraphFeatures() != hasGraphFeatures()
                || extra.edgeKinds != edgeKinds) {
            throw new IllegalArgumentException("cannot append graphs of another layout");
        }
        Graph[] out = Arrays.copyOf(graphs, graphs.length + extra.graphs.length);
        System.arraycopy(extra.graphs, 0, out, graphs.length, extra.graphs.length);
        DenseMatrix features = null;
        if (graphFeatures != null) {
            features = graphFeatures.appendRowMajor(extra.graphFeatures.toArray(), extra.size());
        }
        return new Graphs(out, nodeFeatures, features, edgeKinds);
    }

    @Override
    public String toString() {
        return "Graphs[" + graphs.length + " graphs, " + nodeFeatures + " node features"
                + (graphFeatures == null ? "" : ", " + graphFeatures.cols() + " graph features") + "]";
    }
}
