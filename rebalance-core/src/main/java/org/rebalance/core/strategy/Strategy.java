package org.rebalance.core.strategy;

import org.rebalance.core.image.AugmentSpec;
import org.rebalance.core.batch.BatchPolicy;
import org.rebalance.core.learn.LossSpec;
import org.rebalance.core.resample.Sampler;
import org.rebalance.core.weight.WeightingRule;

/**
 * A remedy for class imbalance, as the user chooses it: how the training part is resampled before
 * training, how the classes are weighted, which loss is minimised and how batches are drawn: four
 * independent choices (e.g. over-sampling with re-weighting and focal loss). Validation and test parts are never
 * resampled.
 *
 * @param name the name shown in tables and manifests (e.g. "undersample")
 * @param sampler plans the resampled training part ({@code NoSampler} for none)
 * @param weighting class weights computed from the (resampled) training counts
 * @param loss the training loss
 * @param batches which training rows each epoch visits (shuffled, or class-balanced draws)
 * @param augment on-the-fly augmentation of training images ({@link AugmentSpec#NONE} for none; images only)
 */
public record Strategy(String name, Sampler sampler, WeightingRule weighting, LossSpec loss, BatchPolicy batches,
        AugmentSpec augment) {
    public Strategy {
        if (name == null || name.isBlank() || sampler == null || weighting == null || loss == null
                || batches == null || augment == null) {
            throw new IllegalArgumentException("a strategy needs a name, a sampler, a weighting rule, a loss, a "
                    + "batch policy and an augmentation");
        }
    }

    /** A strategy without augmentation. */
    public Strategy(String name, Sampler sampler, WeightingRule weighting, LossSpec loss, BatchPolicy batches) {
        this(name, sampler, weighting, loss, batches, AugmentSpec.NONE);
    }

    /** A strategy with plain cross-entropy and shuffled epochs. */
    public Strategy(String name, Sampler sampler, WeightingRule weighting) {
        this(name, sampler, weighting, new LossSpec.CrossEntropy(), new BatchPolicy.Shuffled());
    }

    /** This strategy with another weighting rule. */
    public Strategy withWeighting(WeightingRule value) {
        return new Strategy(name, sampler, value, loss, batches, augment);
    }

    /** This strategy with another loss. */
    public Strategy withLoss(LossSpec value) {
        return new Strategy(name, sampler, weighting, value, batches, augment);
    }

    /** This strategy with another batch policy. */
    public Strategy withBatches(BatchPolicy value) {
        return new Strategy(name, sampler, weighting, loss, value, augment);
    }

    /** This strategy under another name. */
    public Strategy withName(String value) {
        return new Strategy(value, sampler, weighting, loss, batches, augment);
    }

    /** This strategy with another augmentation. */
    public Strategy withAugment(AugmentSpec value) {
        return new Strategy(name, sampler, weighting, loss, batches, value);
    }
}
