package org.rebalance.nn.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import org.rebalance.nn.engine.Tensors;

/**
 * LADE (Hong et al., CVPR 2021), written from the paper's formulas (DJL has none). With logits z
 * (n x k), training prior p and target prior t, per class c of the batch:
 * {@code first_c = sum over examples of class c of z_ic / n_c};
 * {@code second_c = log(mean over all examples of exp(z_ic - log p_c + log t_c))};
 * {@code bound_c = first_c - second_c - remine * second_c^2}. The loss is the cross-entropy of
 * {@code z + log p} (weighted per example) minus {@code weight * sum_c p_c bound_c}. Two classes with
 * one logit z are handled as the logits (0, z).
 */
public final class LadeLoss extends ImbalanceLoss {
    private final float[] logPrior;
    private final float[] logTarget;
    private final float[] prior;
    private final double weight;
    private final double remine;

    public LadeLoss(int[] counts, double weight, double remine, double[] target) {
        super("lade");
        int k = counts.length;
        double n = 0;
        for (int c : counts) {
            if (c <= 0) {
                throw new org.rebalance.core.ConfigException("lade needs every class in the training part");
            }
            n += c;
        }
        if (target != null && target.length != k) {
            throw new org.rebalance.core.ConfigException("lade: " + target.length + " target shares for " + k + " classes");
        }
        double targetSum = 0;
        for (int c = 0; c < k; c++) {
            targetSum += target == null ? 1 : target[c];
        }
        prior = new float[k];
        logPrior = new float[k];
        logTarget = new float[k];
        for (int c = 0; c < k; c++) {
            prior[c] = (float) (counts[c] / n);
            logPrior[c] = (float) Math.log(counts[c] / n);
            logTarget[c] = (float) Math.log((target == null ? 1 : target[c]) / targetSum);
        }
        this.weight = weight;
        this.remine = remine;
    }

    @Override
    public NDArray of(NDArray logits, NDArray labels, NDArray weights) {
        NDArray z = logits;
        NDArray y = labels.toType(DataType.INT64, false);
        if (logits.getShape().dimension() == 1) {
            z = NDArrays.stack(new NDList(logits.zerosLike(), logits), 1);
        }
        int k = (int) z.getShape().get(1);
        long n = z.getShape().get(0);
        NDArray oneHot = y.oneHot(k);
        NDArray logP = Tensors.floats(z.getManager(), logPrior);
        NDArray ce = WeightedCrossEntropy.of(z.add(logP), y, weights);
        NDArray perClassCount = oneHot.sum(new int[] {0}).add(1e-8f);
        NDArray first = z.mul(oneHot).sum(new int[] {0}).div(perClassCount);
        NDArray shifted = z.sub(logP).add(Tensors.floats(z.getManager(), logTarget));
        NDArray max = shifted.max(new int[] {0});
        NDArray second = shifted.sub(max).exp().sum(new int[] {0}).log().add(max).sub((float) Math.log(n));
        NDArray bound = first.sub(second).sub(second.square().mul((float) remine));
        NDArray regulariser = bound.mul(Tensors.floats(z.getManager(), prior)).sum().neg();
        return ce.add(regulariser.mul((float) weight));
    }
}
