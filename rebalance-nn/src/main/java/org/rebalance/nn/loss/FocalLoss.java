package org.rebalance.nn.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/**
 * Focal loss (Lin et al., ICCV 2017) on logits: {@code alpha_t (1 - p_t)^gamma CE}, where p_t is the
 * probability given to the true class and CE the cross-entropy. Computed stably for any logit: in
 * the binary case CE = max(z,0) - z y + log(1 + e^-|z|) and 1 - p_t = sigmoid(-z) for y = 1,
 * sigmoid(z) for y = 0; in the softmax case from log-softmax. Alpha (binary only) is off when NaN.
 * Hand-written because DJL has no focal loss.
 */
public final class FocalLoss extends ImbalanceLoss {
    private final double alpha;
    private final double gamma;

    public FocalLoss(double alpha, double gamma) {
        super("focal");
        this.alpha = alpha;
        this.gamma = gamma;
    }

    @Override
    public NDArray of(NDArray logits, NDArray labels, NDArray weights) {
        NDArray perExample;
        if (logits.getShape().dimension() == 1) {
            NDArray ce = logits.maximum(0f).sub(logits.mul(labels)).add(logits.abs().neg().exp().add(1f).log());
            // 1 - p_t: sigmoid(-z) where y = 1, sigmoid(z) where y = 0
            NDArray oneMinusPt = logits.neg().getNDArrayInternal().sigmoid().mul(labels)
                    .add(logits.getNDArrayInternal().sigmoid().mul(labels.neg().add(1f)));
            perExample = oneMinusPt.pow((float) gamma).mul(ce);
            if (!Double.isNaN(alpha)) {
                NDArray alphaT = labels.mul((float) alpha).add(labels.neg().add(1f).mul((float) (1 - alpha)));
                perExample = perExample.mul(alphaT);
            }
        } else {
            int k = (int) logits.getShape().get(1);
            NDArray oneHot = labels.toType(DataType.INT64, false).oneHot(k);
            NDArray logPt = logits.logSoftmax(1).mul(oneHot).sum(new int[] {1});
            NDArray oneMinusPt = logPt.exp().neg().add(1f).maximum(0f);
            perExample = oneMinusPt.pow((float) gamma).mul(logPt.neg());
        }
        return perExample.mul(weights).mean();
    }
}
