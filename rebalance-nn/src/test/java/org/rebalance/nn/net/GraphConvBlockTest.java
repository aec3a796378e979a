package org.rebalance.nn.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebalance.core.data.Graph;
import org.rebalance.core.data.Graphs;
import org.rebalance.core.learn.Readout;
import org.rebalance.nn.batch.GraphInput;
import org.rebalance.nn.engine.Engines;

/** A graph convolution by hand: one weight for the node itself and one per kind of edge. */
class GraphConvBlockTest {
    private static float[] convolve(Graph graph, int kinds, float[] weights) {
        Graphs g = Graphs.of(List.of(graph), 1, null, kinds);
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            GraphInput input = new GraphInput(1, 0, Readout.SUM, kinds);
            GraphConvBlock block = new GraphConvBlock(1);
            Shape[] shapes = input.shapes();
            block.initialize(m, DataType.FLOAT32, shapes[0], shapes[1]);
            for (Pair<String, Parameter> p : block.getParameters()) {
                float[] values = p.getKey().equals("weight") ? weights : new float[] {0.5f};
                m.create(values, p.getValue().getArray().getShape()).copyTo(p.getValue().getArray());
            }
            NDList in = input.open(g, m).batch(new int[] {0}, 0, 1, m);
            return block.forward(new ParameterStore(m, false), new NDList(in.get(0), in.get(1)), false)
                    .singletonOrThrow().toFloatArray();
        }
    }

    @Test
    void eachBondTypeHasItsOwnNeighbourWeight() {
        // path 0-1 (kind 0), 1-2 (kind 1), node values 1, 2, 3; weights: self 1, kind 0 10, kind 1 100; bias 0.5
        Graph path = new Graph(3, 1, new float[] {1, 2, 3}, new int[] {0, 1, 1, 2}, new byte[] {0, 1});
        // node 0: 1 + 10 * 2; node 1: 2 + 10 * 1 + 100 * 3; node 2: 3 + 100 * 2
        assertArrayEquals(new float[] {21.5f, 312.5f, 203.5f}, convolve(path, 2, new float[] {1, 10, 100}));
        // one kind: all neighbours share the weight 10 (kinds of the graph ignored)
        assertArrayEquals(new float[] {21.5f, 42.5f, 23.5f}, convolve(new Graph(3, 1, new float[] {1, 2, 3},
                new int[] {0, 1, 1, 2}), 1, new float[] {1, 10}));
        // ReLU: a negative self weight can switch a node off
        assertArrayEquals(new float[] {0f, 0f, 0f}, convolve(path, 2, new float[] {-100, 0, 0}));
    }
}
