package org.rebalance.nn.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Activation;

/**
 * Class-weighted cross-entropy on logits, numerically stable for any logit size:
 * binary {@code w * (softplus(z) - z y)} (softplus(z) = max(z,0) + log(1 + exp(-|z|))), multiclass
 * {@code -w log softmax(z)_y}.
 * The batch loss is {@code sum(w_i l_i) / n} (PyTorch's mean reduction with per-example weights,
 * as in {@code BCEWithLogitsLoss(weight=...)}), so unit weights give the plain mean.
 */
public final class WeightedCrossEntropy {
    private WeightedCrossEntropy() {
    }

    /**
     * @param logits (n) for two classes, (n, k) otherwise
     * @param labels (n) class indices as float32 (binary) or int64 (multiclass)
     * @param weights (n) per-example weights
     */
    public static NDArray of(NDArray logits, NDArray labels, NDArray weights) {
        NDArray perExample;
        if (logits.getShape().dimension() == 1) {
            // softplus(z) = max(z, 0) + log(1 + exp(-|z|)), one libtorch call instead of seven (a tenth of an MLP
            // step); libtorch takes z itself above z = 20, where the difference is below 2.1e-9
            perExample = Activation.softPlus(logits).sub(logits.mul(labels));
        } else {
            int k = (int) logits.getShape().get(1);
            NDArray oneHot = labels.toType(DataType.INT64, false).oneHot(k);
            perExample = logits.logSoftmax(1).mul(oneHot).sum(new int[] {1}).neg();
        }
        return perExample.mul(weights).mean();
    }
}
