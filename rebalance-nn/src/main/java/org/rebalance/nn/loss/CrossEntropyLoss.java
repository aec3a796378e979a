package org.rebalance.nn.loss;

import ai.djl.ndarray.NDArray;

/** Class-weighted binary or softmax cross-entropy as a DJL loss (see {@link WeightedCrossEntropy}). */
public final class CrossEntropyLoss extends ImbalanceLoss {
    public CrossEntropyLoss() {
        super("cross-entropy");
    }

    @Override
    public NDArray of(NDArray logits, NDArray labels, NDArray weights) {
        return WeightedCrossEntropy.of(logits, labels, weights);
    }
}
