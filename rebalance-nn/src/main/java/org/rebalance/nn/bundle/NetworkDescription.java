package org.rebalance.nn.bundle;

import java.util.List;
import org.rebalance.core.learn.Activation;
import org.rebalance.core.learn.Mlp;
import org.rebalance.core.learn.NetworkSpec;

/** The JSON form of a {@link NetworkSpec} in a bundle manifest. */
public record NetworkDescription(String type, List<Integer> hidden, double dropout, String activation) {
    public static NetworkDescription of(NetworkSpec spec) {
        if (spec instanceof Mlp mlp) {
            return new NetworkDescription(mlp.name(), mlp.hidden(), mlp.dropout(), mlp.activation().cliName());
        }
        throw new AssertionError(spec);
    }

    public NetworkSpec toSpec() {
        if ("mlp".equals(type)) {
            return new Mlp(hidden, dropout, Activation.parse(activation));
        }
        throw new IllegalArgumentException("unknown network type \"" + type + "\"");
    }
}
