package org.rebalance.core.resample;

import java.util.random.RandomGenerator;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.DenseMatrix;

/**
 * The "none" strategy: keeps every training row once, in order, and draws nothing from the random stream.
 * Its kind is {@link SamplerKind#CLEAN} because it sets no target count; it is the cleaner that removes
 * nothing. Unlike real samplers it accepts any target, including a single class.
 */
public record NoSampler() implements Sampler {
    @Override
    public SamplerKind kind() {
        return SamplerKind.CLEAN;
    }

    @Override
    public boolean synthesises() {
        return false;
    }

    @Override
    public String name() {
        return "none";
    }

    @Override
    public Resampling plan(DenseMatrix features, ClassTarget target, RandomGenerator rng) {
        ClassRows.checkAligned(features, target);
        return Resampling.identity(target.size());
    }
}
