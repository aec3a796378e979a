package org.rebalance.nn.loss;

import ai.djl.ndarray.NDArray;

/**
 * A batch loss on logits: (n) logits for two classes, (n, k) otherwise; labels as float32 (binary)
 * or int64 (multiclass); per-example weights (n). Returns the scalar mean of the weighted losses.
 */
@FunctionalInterface
public interface TrainingLoss {
    NDArray of(NDArray logits, NDArray labels, NDArray weights);
}
