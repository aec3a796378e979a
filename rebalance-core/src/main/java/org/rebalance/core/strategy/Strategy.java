package org.rebalance.core.strategy;

import org.rebalance.core.learn.LossSpec;
import org.rebalance.core.resample.Sampler;
import org.rebalance.core.weight.WeightingRule;

/**
 * A remedy for class imbalance, as the user chooses it: how the training part is resampled before
 * training, how the classes are weighted, and which loss is minimised (independent choices). Validation and test parts are never
 * resampled.
 *
 * @param name the name shown in tables and manifests (e.g. "undersample")
 * @param sampler plans the resampled training part ({@code NoSampler} for none)
 * @param weighting class weights computed from the (resampled) training counts
 * @param loss the training loss
 */
public record Strategy(String name, Sampler sampler, WeightingRule weighting, LossSpec loss) {
    public Strategy {
        if (name == null || name.isBlank() || sampler == null || weighting == null || loss == null) {
            throw new IllegalArgumentException("a strategy needs a name, a sampler, a weighting rule and a loss");
        }
    }

    /** A strategy with plain cross-entropy. */
    public Strategy(String name, Sampler sampler, WeightingRule weighting) {
        this(name, sampler, weighting, new LossSpec.CrossEntropy());
    }

    /** This strategy with another weighting rule. */
    public Strategy withWeighting(WeightingRule value) {
        return new Strategy(name, sampler, value, loss);
    }

    /** This strategy with another loss. */
    public Strategy withLoss(LossSpec value) {
        return new Strategy(name, sampler, weighting, value);
    }
}
