package org.rebalance.nn.train;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.rebalance.nn.net.Blocks;
import org.rebalance.nn.net.JavaParameter;

/** One optimiser step over the parameters' accumulated gradients, which it then resets to zero. */
interface ParameterUpdate {
    void step(List<NDArray> parameters);

    /**
     * With {@code network} (may be null) and the fused kernel, blocks of the network that can hold a parameter in
     * Java ({@link JavaParameter}) are told to, and the step updates it there; the training loop writes such
     * parameters back to their tensors and releases them ({@link JavaParameter#writeBackAll}, {@code releaseAll}).
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

    /** Per parameter, the block holding it in Java (now told to), or null. */
    private static List<JavaParameter> keepers(Block network, List<NDArray> parameters) {
        List<JavaParameter> out = new ArrayList<>(Collections.nCopies(parameters.size(), null));
        for (JavaParameter holder : Blocks.all(network, JavaParameter.class)) {
            for (int p = 0; p < parameters.size(); p++) {
                if (parameters.get(p) == holder.javaParameter()) {
                    holder.hold();
                    out.set(p, holder);
                }
            }
        }
        return out;
    }
}
