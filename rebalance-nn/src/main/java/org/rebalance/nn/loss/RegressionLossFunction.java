package org.rebalance.nn.loss;

import ai.djl.ndarray.NDArray;
import org.rebalance.core.learn.RegressionLoss;

/**
 * A {@link RegressionLoss} as a DJL loss on (n) predictions, (n) float targets and (n) example weights:
 * {@code sum(w_i l_i) / n}, like PyTorch's mean reduction of {@code w * MSELoss(reduction='none')}, so unit
 * weights give the plain mean. Huber uses threshold 1 ({@code 0.5 d^2} below, {@code |d| - 0.5} above).
 */
public final class RegressionLossFunction extends ImbalanceLoss {
    private final RegressionLoss kind;

    public RegressionLossFunction(RegressionLoss kind) {
        super(kind.key());
        this.kind = kind;
    }

    @Override
    public NDArray of(NDArray predictions, NDArray targets, NDArray weights) {
        NDArray d = predictions.sub(targets);
        NDArray perExample;
        switch (kind) {
            case MSE:
                perExample = d.square();
                break;
            case L1:
                perExample = d.abs();
                break;
            case HUBER:
                // 0.5 min(|d|,1)^2 + (|d| - min(|d|,1)): 0.5 d^2 below 1, |d| - 0.5 above
                NDArray a = d.abs();
                NDArray clipped = a.minimum(1f);
                perExample = clipped.square().mul(0.5f).add(a.sub(clipped));
                break;
            default:
                throw new AssertionError(kind);
        }
        return perExample.mul(weights).mean();
    }
}
