package org.rebalance.core.learn;

import org.rebalance.core.data.Inputs;

/**
 * The outcome of training: the model (holding the best epoch's weights), the history, and which
 * epoch was best (1-based).
 */
public record FitResult<I extends Inputs>(TrainedModel<I> model, History history, int bestEpoch) {
}
