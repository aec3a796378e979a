package org.rebalance.cli.options;

import org.rebalance.core.resample.SamplingStrategy;
import org.rebalance.core.strategy.Strategy;
import org.rebalance.core.resample.SamplerCatalog;
import org.rebalance.core.strategy.Strategies;
import org.rebalance.core.weight.WeightingRule;
import picocli.CommandLine.Option;

/** The imbalance strategy and its sampling target. */
public final class StrategyOptions {
    @Option(names = "--strategy", defaultValue = "none", paramLabel = "NAME",
            description = "none, undersample, oversample, weighted, or a sampler: random-over, random-under, smote, "
                    + "tomek-links, enn, ... (default: ${DEFAULT-VALUE}).")
    public String strategy;

    @Option(names = "--ratio", paramLabel = "R",
            description = "Sampling target: a minority:majority ratio such as 0.5, per-class counts such as "
                    + "0:2000,1:500, or auto (balanced, the default).")
    public String ratio;

    @Option(names = "--class-weights", paramLabel = "W",
            description = "Class weights in the loss, replacing the strategy's: explicit per class (0:1,1:20), "
                    + "balanced (n / (k n_c)) or none.")
    public String classWeights;

    @Option(names = "--k", defaultValue = "5",
            description = "Neighbours for neighbour-based samplers such as smote (default: ${DEFAULT-VALUE}).")
    public int k;

    public Strategy strategy() {
        Strategy s = Strategies.parse(strategy, ratio == null ? null : SamplingStrategy.parse(ratio),
                new SamplerCatalog.Parameters(k));
        if (classWeights == null) {
            return s;
        }
        return new Strategy(s.name(), s.sampler(), WeightingRule.parse(classWeights));
    }
}
