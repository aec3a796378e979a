package org.rebalance.nn.train;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.rebalance.nn.net.Blocks;
import org.rebalance.nn.net.JavaGradient;

/** One optimiser step over the parameters' accumulated gradients, which it then resets to zero. */
interface ParameterUpdate {
    void step(List<NDArray> parameters);

    /**
     * With {@code network} (may be null) and the fused kernel, blocks of the network that can keep a parameter's
     * gradient in Java ({@link JavaGradient}) are told to, and the step reads it there.
     */
    static ParameterUpdate of(AdamKernel kernel, double learningRate, List<NDArray> parameters, Block network) {
        switch (kernel) {
            case FUSED:
                if (network != null) {
                    return new FusedAdam(learningRate, parameters, keepers(network, parameters));
                }
                return new FusedAdam(learningRate, parameters);
            case DJL:
                return new DjlAdam(learningRate);
            default:
                throw new AssertionError(kernel);
        }
    }

    /** Per parameter, the block keeping its gradient in Java (now told to), or null. */
    private static List<JavaGradient> keepers(Block network, List<NDArray> parameters) {
        List<JavaGradient> out = new ArrayList<>(Collections.nCopies(parameters.size(), null));
        for (JavaGradient keeper : Blocks.all(network, JavaGradient.class)) {
            for (int p = 0; p < parameters.size(); p++) {
                if (parameters.get(p) == keeper.javaGradientParameter()) {
                    keeper.keepGradientInJava();
                    out.set(p, keeper);
                }
            }
        }
        return out;
    }
}
