package org.rebalance.core.strategy;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.rebalance.core.ConfigException;
import org.rebalance.core.resample.NoSampler;
import org.rebalance.core.resample.SamplingStrategy;
import org.rebalance.core.resample.over.RandomOverSampler;
import org.rebalance.core.resample.under.RandomUnderSampler;
import org.rebalance.core.weight.WeightingRule;

/**
 * The strategies the command line offers by name. Each builds a {@link Strategy} from an optional
 * sampling strategy (e.g. a minority:majority ratio); without one, samplers balance the classes
 * fully (imbalanced-learn's {@code "auto"}).
 */
public enum StrategyKind {
    /** Train on the data as it is. */
    NONE(false),
    /** Randomly drop majority examples (Japkowicz 2000). */
    UNDERSAMPLE(true),
    /** Randomly repeat minority examples (Japkowicz 2000; Buda et al. 2018). */
    OVERSAMPLE(true),
    /** Keep the data; weight each class by n / (k n_c) in the loss (King and Zeng 2001). */
    WEIGHTED(false);

    private final boolean takesSamplingStrategy;

    StrategyKind(boolean takesSamplingStrategy) {
        this.takesSamplingStrategy = takesSamplingStrategy;
    }

    /** The lower-case name used on the command line. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean takesSamplingStrategy() {
        return takesSamplingStrategy;
    }

    /** The strategy with the samplers' default target (balanced classes). */
    public Strategy create() {
        return create(SamplingStrategy.Named.AUTO);
    }

    /**
     * The strategy with the given sampling target.
     *
     * @throws ConfigException when a target is given to a strategy that does not resample
     */
    public Strategy create(SamplingStrategy target) {
        switch (this) {
            case NONE:
                requireAuto(target);
                return new Strategy(cliName(), new NoSampler(), new WeightingRule.None());
            case UNDERSAMPLE:
                return new Strategy(cliName(), new RandomUnderSampler(target), new WeightingRule.None());
            case OVERSAMPLE:
                return new Strategy(cliName(), new RandomOverSampler(target), new WeightingRule.None());
            case WEIGHTED:
                requireAuto(target);
                return new Strategy(cliName(), new NoSampler(), new WeightingRule.InverseFrequency());
            default:
                throw new AssertionError(this);
        }
    }

    private void requireAuto(SamplingStrategy target) {
        if (target != SamplingStrategy.Named.AUTO) {
            throw new ConfigException("strategy \"" + cliName() + "\" does not resample; --ratio applies to "
                    + "undersample and oversample only");
        }
    }

    /** The kind named {@code text} (case-insensitive); a ConfigException lists the valid names. */
    public static StrategyKind parse(String text) {
        for (StrategyKind k : values()) {
            if (k.cliName().equalsIgnoreCase(text.trim())) {
                return k;
            }
        }
        throw new ConfigException("unknown strategy \"" + text + "\"; expected one of " + names());
    }

    public static String names() {
        return Arrays.stream(values()).map(StrategyKind::cliName).collect(Collectors.joining(", "));
    }
}
