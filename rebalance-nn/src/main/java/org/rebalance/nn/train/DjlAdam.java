package org.rebalance.nn.train;

import ai.djl.ndarray.NDArray;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.List;

/** DJL's own Adam, for side-by-side speed comparisons with {@link FusedAdam}. */
final class DjlAdam implements ParameterUpdate {
    private final Optimizer adam;

    DjlAdam(double learningRate) {
        adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed((float) learningRate)).build();
    }

    @Override
    public void step(List<NDArray> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            NDArray weight = parameters.get(i);
            try (NDArray gradient = weight.getGradient()) {
                adam.update("p" + i, weight, gradient);
                gradient.subi(gradient);
            }
        }
    }
}
