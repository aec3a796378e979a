package org.rebalance.core.strategy;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.rebalance.core.ConfigException;
import org.rebalance.core.resample.SamplerCatalog;
import org.rebalance.core.resample.SamplingStrategy;
import org.rebalance.core.weight.WeightingRule;

/**
 * Reads a strategy name as the command line gives it: one of the {@link StrategyKind} names
 * ({@code none}, {@code undersample}, {@code oversample}, {@code weighted}) or any sampler of the
 * {@link SamplerCatalog} ({@code smote}, {@code tomek-links}, ...), which then resamples the
 * training part with an unweighted loss.
 */
public final class Strategies {
    private Strategies() {
    }

    /**
     * @param target the sampling target, or null for the default (balanced classes)
     */
    public static Strategy parse(String name, SamplingStrategy target, SamplerCatalog.Parameters parameters) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        for (StrategyKind kind : StrategyKind.values()) {
            if (kind.cliName().equals(key)) {
                return target == null ? kind.create() : kind.create(target);
            }
        }
        if (SamplerCatalog.contains(key)) {
            SamplingStrategy t = target == null ? SamplingStrategy.Named.AUTO : target;
            return new Strategy(key, SamplerCatalog.create(key, t, parameters), new WeightingRule.None());
        }
        throw new ConfigException("unknown strategy \"" + name + "\"; expected one of " + String.join(", ", names()));
    }

    /** Every accepted name. */
    public static Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        for (StrategyKind k : StrategyKind.values()) {
            names.add(k.cliName());
        }
        names.addAll(SamplerCatalog.names());
        return names;
    }
}
