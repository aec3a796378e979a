package org.rebalance.nn.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.loss.Loss;

/**
 * A DJL {@link Loss} on logits with per-example weights, the base of Rebalance's losses. As a DJL
 * loss: labels are {@code [class labels, weights]} (weights optional) and predictions
 * {@code [logits]}; {@link #of} takes them directly. Logits are (n) for two classes, (n, k)
 * otherwise; labels float32 (binary) or int64 (multiclass). The result is the scalar mean of the
 * weighted per-example losses.
 */
public abstract class ImbalanceLoss extends Loss {
    protected ImbalanceLoss(String name) {
        super(name);
    }

    /** The weighted mean loss of a batch. */
    public abstract NDArray of(NDArray logits, NDArray labels, NDArray weights);

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray logits = predictions.singletonOrThrow();
        NDArray y = labels.get(0);
        NDArray w = labels.size() > 1 ? labels.get(1)
                : y.getManager().ones(new ai.djl.ndarray.types.Shape(y.getShape().get(0)), DataType.FLOAT32);
        return of(logits, y, w);
    }
}
