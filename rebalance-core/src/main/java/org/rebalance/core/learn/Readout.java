package org.rebalance.core.learn;

import java.util.Locale;
import org.rebalance.core.ConfigException;

/** How a graph network turns the node embeddings of one graph into one vector. */
public enum Readout {
    /** Sum over nodes (keeps size information: a bigger molecule has a bigger embedding). */
    SUM,
    /** Mean over nodes (size-free). */
    MEAN,
    /** Element-wise maximum over nodes (the strongest signal of each feature). */
    MAX;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Readout parse(String text) {
        for (Readout r : values()) {
            if (r.cliName().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        throw new ConfigException("readout must be sum, mean or max, got \"" + text + "\"");
    }
}
