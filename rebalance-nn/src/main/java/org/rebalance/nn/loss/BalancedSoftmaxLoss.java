package org.rebalance.nn.loss;

import ai.djl.ndarray.NDArray;
import org.rebalance.nn.engine.Tensors;

/**
 * Balanced softmax / logit-adjusted cross-entropy (Ren et al. 2020; Menon et al. 2021): the
 * cross-entropy of the logits shifted by tau * log(prior_c), the priors being the training part's
 * class shares. With one logit for two classes the shift is tau * log(prior_1 / prior_0). Hand-written
 * because DJL has none.
 */
public final class BalancedSoftmaxLoss extends ImbalanceLoss {
    private final float[] shift;

    /**
     * @param counts training examples per class (every class present)
     * @param tau scale of the adjustment
     */
    public BalancedSoftmaxLoss(int[] counts, double tau) {
        super("balanced-softmax");
        double n = 0;
        for (int c : counts) {
            n += c;
        }
        if (counts.length == 2) {
            shift = new float[] {(float) (tau * Math.log((double) counts[1] / counts[0]))};
        } else {
            shift = new float[counts.length];
            for (int c = 0; c < counts.length; c++) {
                shift[c] = (float) (tau * Math.log(counts[c] / n));
            }
        }
        for (float s : shift) {
            if (!Float.isFinite(s)) {
                throw new org.rebalance.core.ConfigException("balanced-softmax needs every class in the training part");
            }
        }
    }

    @Override
    public NDArray of(NDArray logits, NDArray labels, NDArray weights) {
        NDArray adjusted = logits.getShape().dimension() == 1 ? logits.add(shift[0])
                : logits.add(Tensors.floats(logits.getManager(), shift));
        return WeightedCrossEntropy.of(adjusted, labels, weights);
    }
}
