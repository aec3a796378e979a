package org.rebalance.nn.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.HashMap;
import java.util.Map;

/**
 * PyTorch's default initialisation of dense and convolution layers, applied to an initialised
 * block: every weight matrix {@code W} (out x fan-in, or out x in x kernel) and the bias beside it
 * drawn uniformly from {@code [-1/sqrt(fan-in), 1/sqrt(fan-in)]} (what {@code kaiming_uniform_}
 * with {@code a = sqrt(5)} and PyTorch's bias rule come to). DJL's default is Xavier weights and
 * zero biases. Draws come from the engine's generator, so a seeded engine gives the same values.
 * Other parameters (batch-norm scales and shifts) keep their values.
 */
public final class TorchDefaultInit {
    private static final String WEIGHT = "weight";
    private static final String BIAS = "bias";

    private TorchDefaultInit() {
    }

    /** Redraws the weights and biases of {@code block} (already initialised) in place. */
    public static void apply(Block block, NDManager manager) {
        Map<String, Long> fanInByLayer = new HashMap<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            NDArray weight = p.getValue().getArray();
            Shape shape = weight.getShape();
            if (p.getKey().endsWith(WEIGHT) && shape.dimension() >= 2) {
                long fanIn = shape.size() / shape.get(0);
                fanInByLayer.put(layer(p.getKey(), WEIGHT), fanIn);
                redraw(weight, fanIn, manager);
            }
        }
        for (Pair<String, Parameter> p : block.getParameters()) {
            Long fanIn = p.getKey().endsWith(BIAS) ? fanInByLayer.get(layer(p.getKey(), BIAS)) : null;
            if (fanIn != null) {
                redraw(p.getValue().getArray(), fanIn, manager);
            }
        }
    }

    private static String layer(String parameterName, String suffix) {
        return parameterName.substring(0, parameterName.length() - suffix.length());
    }

    private static void redraw(NDArray values, long fanIn, NDManager manager) {
        float bound = (float) (1 / Math.sqrt(fanIn));
        try (NDArray drawn = manager.randomUniform(-bound, bound, values.getShape(), values.getDataType())) {
            drawn.copyTo(values);
        }
    }
}
