package org.rebalance.core.learn;

import java.util.Locale;
import org.rebalance.core.ConfigException;

/** Non-linearity between the hidden layers of a network. */
public enum Activation {
    RELU, LEAKY_RELU, GELU, TANH;

    /** Kebab-case name used on the command line ("leaky-relu"). */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Activation parse(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Activation a : values()) {
            if (a.name().equals(key)) {
                return a;
            }
        }
        throw new ConfigException("unknown activation \"" + text + "\"; expected one of relu, leaky-relu, gelu, tanh");
    }
}
