package org.rebalance.core.resample.under;

import org.rebalance.core.resample.Sampler;
import org.rebalance.core.resample.SamplerContract;
import org.rebalance.core.resample.SamplingStrategy;

class NearMissTwoTest extends SamplerContract {
    @Override
    protected Sampler create(SamplingStrategy strategy) {
        return new NearMiss(strategy, NearMiss.Version.TWO, 3);
    }
}
