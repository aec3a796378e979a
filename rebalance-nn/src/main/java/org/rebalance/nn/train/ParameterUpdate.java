package org.rebalance.nn.train;

import ai.djl.ndarray.NDArray;
import java.util.List;

/** One optimiser step over the parameters' accumulated gradients, which it then resets to zero. */
interface ParameterUpdate {
    void step(List<NDArray> parameters);

    static ParameterUpdate of(AdamKernel kernel, double learningRate, List<NDArray> parameters) {
        switch (kernel) {
            case FUSED:
                return new FusedAdam(learningRate, parameters);
            case DJL:
                return new DjlAdam(learningRate);
            default:
                throw new AssertionError(kernel);
        }
    }
}
