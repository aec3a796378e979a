package org.rebalance.nn.batch;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import org.rebalance.core.data.Graph;
import org.rebalance.core.data.Graphs;
import org.rebalance.core.learn.Readout;
import org.rebalance.nn.engine.Tensors;

/**
 * Graphs batched block-diagonally: the nodes of the batch's graphs stacked into one node-feature
 * matrix (N x F), their edges into one sparse N x N adjacency (COO, both directions, so no padding
 * and no wasted products) or, with {@code edgeKinds} K > 1, a (K N) x N one whose block k holds the
 * edges of kind k (so one sparse product gives each node's neighbour sums per kind), and a pooling
 * operand that takes nodes to graphs: a sparse B x N matrix
 * of ones (sum) or of 1/size (mean), or for max a B x largest-graph table of node positions
 * (padding points at an extra zero row). Graph-level features, when the network uses them, follow
 * as a B x L matrix, or as their set bits when they are 0/1 with few ones ({@link InputEncoding#AUTO}: ECFP
 * fingerprints; the fingerprint branch's first layer takes either). The NDList is
 * {@code [nodes, adjacency, pooling, (graph features)]}.
 */
public record GraphInput(int nodeFeatures, int graphFeatures, Readout readout, int edgeKinds)
        implements InputAdapter<Graphs> {

    public GraphInput {
        if (edgeKinds < 1) {
            throw new IllegalArgumentException("edge kinds must be >= 1, got " + edgeKinds);
        }
    }

    /** Edges of one kind (kinds, if the graphs have any, are not told apart). */
    public GraphInput(int nodeFeatures, int graphFeatures, Readout readout) {
        this(nodeFeatures, graphFeatures, readout, 1);
    }

    @Override
    public Shape[] shapes() {
        Shape nodes = new Shape(2, nodeFeatures);
        Shape adjacency = new Shape(2L * edgeKinds, 2);
        Shape pooling = new Shape(1, 2);
        return graphFeatures > 0 ? new Shape[] {nodes, adjacency, pooling, new Shape(1, graphFeatures)}
                : new Shape[] {nodes, adjacency, pooling};
    }

    @Override
    public void check(Graphs g) {
        if (g.nodeFeatures() != nodeFeatures) {
            throw new IllegalArgumentException("the network takes " + nodeFeatures + " node features, got "
                    + g.nodeFeatures());
        }
        if (edgeKinds > 1 && g.edgeKinds() != edgeKinds) {
            throw new IllegalArgumentException("the network takes " + edgeKinds + " kinds of edge, the graphs have "
                    + g.edgeKinds());
        }
        if (graphFeatures > 0 && (!g.hasGraphFeatures() || g.graphFeatures().cols() != graphFeatures)) {
            throw new IllegalArgumentException("the network takes " + graphFeatures + " graph-level features per graph");
        }
    }

    @Override
    public BatchSource open(Graphs graphs, NDManager manager) {
        check(graphs);
        BatchAssembler fingerprints = graphFeatures > 0 ? BatchAssembler.of(graphs.graphFeatures(),
                InputEncoding.AUTO.resolve(graphs.graphFeatures()), manager) : null;
        return (rows, from, to, batch) -> {
            NDList list = assemble(graphs, rows, from, to, batch);
            if (fingerprints != null) {
                list.add(fingerprints.batch(rows, from, to, batch));
            }
            return list;
        };
    }

    private NDList assemble(Graphs graphs, int[] rows, int from, int to, NDManager batch) {
        int b = to - from;
        int nodes = 0;
        int edges = 0;
        int largest = 0;
        for (int i = from; i < to; i++) {
            Graph g = graphs.graph(rows[i]);
            nodes += g.nodes();
            edges += g.edgeCount();
            largest = Math.max(largest, g.nodes());
        }
        float[] x = new float[nodes * nodeFeatures];
        long[] adjRow = new long[2 * edges];
        long[] adjCol = new long[2 * edges];
        long[] poolRow = new long[nodes];
        long[] poolCol = new long[nodes];
        float[] poolValue = new float[nodes];
        long[] maxIndex = readout == Readout.MAX ? new long[b * largest] : null;
        if (maxIndex != null) {
            Arrays.fill(maxIndex, nodes); // the extra zero row
        }
        int offset = 0;
        int e = 0;
        for (int i = from; i < to; i++) {
            Graph g = graphs.graph(rows[i]);
            g.copyFeatures(x, offset * nodeFeatures);
            for (int k = 0; k < g.edgeCount(); k++) {
                int u = offset + g.from(k);
                int v = offset + g.to(k);
                long block = edgeKinds > 1 ? (long) g.edgeKind(k) * nodes : 0;
                adjRow[e] = block + u;
                adjCol[e] = v;
                adjRow[e + 1] = block + v;
                adjCol[e + 1] = u;
                e += 2;
            }
            float share = readout == Readout.MEAN ? 1f / Math.max(1, g.nodes()) : 1f;
            for (int v = 0; v < g.nodes(); v++) {
                poolRow[offset + v] = i - from;
                poolCol[offset + v] = offset + v;
                poolValue[offset + v] = share;
                if (maxIndex != null) {
                    maxIndex[(i - from) * largest + v] = offset + v;
                }
            }
            offset += g.nodes();
        }
        NDArray nodeArray = Tensors.floats(batch, x, new Shape(nodes, nodeFeatures));
        float[] ones = new float[2 * edges];
        Arrays.fill(ones, 1f);
        NDArray adjacency = Tensors.sparseCoo(batch, adjRow, adjCol, ones, new Shape((long) edgeKinds * nodes, nodes));
        NDArray pooling = maxIndex != null ? Tensors.longs(batch, maxIndex, new Shape(b, largest))
                : Tensors.sparseCoo(batch, poolRow, poolCol, poolValue, new Shape(b, nodes));
        return new NDList(nodeArray, adjacency, pooling);
    }
}
