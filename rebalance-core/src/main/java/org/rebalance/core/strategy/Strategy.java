package org.rebalance.core.strategy;

import org.rebalance.core.resample.Sampler;
import org.rebalance.core.weight.WeightingRule;

/**
 * A remedy for class imbalance, as the user chooses it: how the training part is resampled before
 * training and how the classes are weighted in the loss. Validation and test parts are never
 * resampled.
 *
 * @param name the name shown in tables and manifests (e.g. "undersample")
 * @param sampler plans the resampled training part ({@code NoSampler} for none)
 * @param weighting class weights computed from the (resampled) training counts
 */
public record Strategy(String name, Sampler sampler, WeightingRule weighting) {
    public Strategy {
        if (name == null || name.isBlank() || sampler == null || weighting == null) {
            throw new IllegalArgumentException("a strategy needs a name, a sampler and a weighting rule");
        }
    }
}
