package org.rebalance.nn.train;

import org.rebalance.core.data.Inputs;
import org.rebalance.core.learn.History;

/**
 * The outcome of regression training: the model holding the best epoch's weights (lowest validation
 * mean squared error), the per-epoch history and the best epoch (1-based).
 */
public record RegressionFit<I extends Inputs>(RegressionModel<I> model, History history, int bestEpoch) {
}
