package org.rebalance.nn.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rebalance.core.learn.Gcn;
import org.rebalance.core.learn.Mlp;
import org.rebalance.core.learn.Readout;
import org.rebalance.nn.batch.GraphInput;
import org.rebalance.nn.engine.Engines;

/** Graph networks start from PyTorch's default initialisation; other networks keep DJL's. */
class TorchDefaultInitTest {
    private static final Gcn GCN = new Gcn(List.of(8, 8), Readout.SUM, List.of(6), 0.0);

    private static Map<String, float[]> initialised(Block block, org.rebalance.core.learn.NetworkSpec spec,
            long seed, Shape... shapes) {
        Map<String, float[]> values = new HashMap<>();
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            synchronized (Engines.class) {
                Engines.seed(seed);
                Networks.initialize(block, spec, m, shapes);
            }
            for (Pair<String, Parameter> p : block.getParameters()) {
                values.put(p.getKey(), p.getValue().getArray().toFloatArray());
            }
        }
        return values;
    }

    private static float maxAbs(float[] v) {
        float max = 0;
        for (float x : v) {
            max = Math.max(max, Math.abs(x));
        }
        return max;
    }

    @Test
    void graphNetworkWeightsAndBiasesAreUniformWithinOneOverRootFanIn() {
        Block block = Networks.build(GCN, 1);
        Map<String, float[]> v = initialised(block, GCN, 3, new GraphInput(5, 0, Readout.SUM).shapes());
        // conv0: 8 x (2 x 5) weights, fan-in 10; conv1: 8 x 16, fan-in 16; head: 6 x 8 then 1 x 6
        Map<String, Integer> fanIn = Map.of("01conv0_", 10, "02conv1_", 16, "03head_01Linear_", 8,
                "03head_03Linear_", 6);
        assertEquals(8, v.size(), v.keySet().toString());
        for (Map.Entry<String, Integer> layer : fanIn.entrySet()) {
            double bound = 1 / Math.sqrt(layer.getValue());
            for (String kind : List.of("weight", "bias")) {
                float[] values = v.get(layer.getKey() + kind);
                assertTrue(values != null, layer.getKey() + kind + " in " + v.keySet());
                assertTrue(maxAbs(values) <= bound, layer.getKey() + kind + " beyond " + bound);
            }
            // 80 or 128 uniform draws reach past half the bound, and biases are no longer zero
            assertTrue(maxAbs(v.get(layer.getKey() + "weight")) > bound / 2, layer.getKey());
            assertTrue(maxAbs(v.get(layer.getKey() + "bias")) > 0, layer.getKey());
        }
    }

    @Test
    void theSameSeedGivesTheSameParameters() {
        Shape[] shapes = new GraphInput(5, 0, Readout.SUM).shapes();
        Map<String, float[]> a = initialised(Networks.build(GCN, 1), GCN, 7, shapes);
        Map<String, float[]> b = initialised(Networks.build(GCN, 1), GCN, 7, shapes);
        for (String name : a.keySet()) {
            assertArrayEquals(a.get(name), b.get(name), name);
        }
    }

    @Test
    void otherNetworksKeepDjlsZeroBiases() {
        Mlp mlp = new Mlp(List.of(4), 0.0, org.rebalance.core.learn.Activation.RELU);
        Map<String, float[]> v = initialised(Networks.build(mlp, 1), mlp, 3, new Shape(2, 5));
        for (Map.Entry<String, float[]> p : v.entrySet()) {
            if (p.getKey().endsWith("bias")) {
                assertEquals(0f, maxAbs(p.getValue()), p.getKey());
            }
        }
    }
}
