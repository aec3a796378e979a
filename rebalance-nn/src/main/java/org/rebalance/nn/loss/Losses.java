package org.rebalance.nn.loss;

import org.rebalance.core.learn.LossSpec;

/** Builds the DJL loss a {@link LossSpec} describes. */
public final class Losses {
    private Losses() {
    }

    /**
     * @param trainCounts class counts of the (resampled) training part, for losses that use priors
     */
    public static ImbalanceLoss of(LossSpec spec, int[] trainCounts) {
        if (spec instanceof LossSpec.CrossEntropy) {
            return new CrossEntropyLoss();
        }
        if (spec instanceof LossSpec.Focal f) {
            return new FocalLoss(f.alpha(), f.gamma());
        }
        if (spec instanceof LossSpec.BalancedSoftmax b) {
            return new BalancedSoftmaxLoss(trainCounts, b.tau());
        }
        if (spec instanceof LossSpec.Ldam l) {
            return new LdamLoss(trainCounts, l.maxMargin(), l.scale());
        }
        if (spec instanceof LossSpec.Lade l) {
            return new LadeLoss(trainCounts, l.weight(), l.remine(), l.target());
        }
        throw new AssertionError(spec);
    }
}
