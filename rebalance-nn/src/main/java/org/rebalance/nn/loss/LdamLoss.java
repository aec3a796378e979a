package org.rebalance.nn.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import org.rebalance.nn.engine.Tensors;

/**
 * LDAM, the label-distribution-aware margin loss (Cao et al., NeurIPS 2019): cross-entropy after the
 * true class's logit is lowered by Delta_c = maxMargin (n_min / n_c)^(1/4), logits scaled by s. With
 * one logit for two classes, the margin moves the logit against the true class: z - Delta_1 for a
 * positive, z + Delta_0 for a negative (the two-logit form with the negative logit fixed at 0).
 * Hand-written because DJL has none. The deferred re-weighting is the training loop's.
 */
public final class LdamLoss extends ImbalanceLoss {
    private final float[] margins;
    private final float scale;

    public LdamLoss(int[] counts, double maxMargin, double scale) {
        super("ldam");
        int min = Integer.MAX_VALUE;
        for (int c : counts) {
            if (c <= 0) {
                throw new org.rebalance.core.ConfigException("ldam needs every class in the training part");
            }
            min = Math.min(min, c);
        }
        margins = new float[counts.length];
        for (int c = 0; c < counts.length; c++) {
            margins[c] = (float) (maxMargin * Math.pow((double) min / counts[c], 0.25));
        }
        this.scale = (float) scale;
    }

    @Override
    public NDArray of(NDArray logits, NDArray labels, NDArray weights) {
        NDArray adjusted;
        if (logits.getShape().dimension() == 1) {
            // z - margin_1 * y + margin_0 * (1 - y)
            adjusted = logits.sub(labels.mul(margins[1])).add(labels.neg().add(1f).mul(margins[0]));
        } else {
            int k = (int) logits.getShape().get(1);
            NDArray oneHot = labels.toType(DataType.INT64, false).oneHot(k);
            adjusted = logits.sub(oneHot.mul(Tensors.floats(logits.getManager(), margins)));
        }
        return WeightedCrossEntropy.of(adjusted.mul(scale), labels, weights);
    }
}
