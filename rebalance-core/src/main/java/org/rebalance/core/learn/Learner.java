package org.rebalance.core.learn;

import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.Inputs;
import org.rebalance.core.util.ProgressListener;
import org.rebalance.core.weight.ClassWeights;

/**
 * Trains one model. The training part has already been resampled; the validation part is never
 * resampled and serves model selection only.
 */
public interface Learner<I extends Inputs> {
    FitResult<I> fit(Dataset<I> train, Dataset<I> valid, ClassWeights weights, long seed, ProgressListener progress);
}
