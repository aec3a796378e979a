package org.rebalance.nn.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.rebalance.core.learn.Activation;
import org.rebalance.core.learn.Cnn1d;
import org.rebalance.core.learn.Cnn2d;
import org.rebalance.core.learn.Gcn;
import org.rebalance.core.learn.GraphMerge;
import org.rebalance.core.learn.Mlp;
import org.rebalance.core.learn.NetworkSpec;
import org.rebalance.core.learn.Readout;

/**
 * The JSON form of a {@link NetworkSpec} in a bundle manifest. For graph networks {@code hidden} is
 * the dense head, {@code convolutions} the graph-convolution widths and {@code fingerprintBranch}
 * the merge network's fingerprint layers; for the 1-D and 2-D CNNs {@code convolutions} are their
 * filters, with {@code kernel} and {@code pool}, and for the 2-D CNN {@code stage} says whether its
 * stages are {@code plain} or {@code residual}. {@code bondTypes} is true for graph networks with a
 * neighbour weight per bond type (absent otherwise, as in older bundles).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NetworkDescription(String type, List<Integer> hidden, double dropout, String activation,
        List<Integer> convolutions, String readout, List<Integer> fingerprintBranch, Integer kernel, Integer pool,
        String stage, Boolean bondTypes) {
    public static NetworkDescription of(NetworkSpec spec) {
        if (spec instanceof Mlp mlp) {
            return new NetworkDescription(mlp.name(), mlp.hidden(), mlp.dropout(), mlp.activation().cliName(), null,
                    null, null, null, null, null, null);
        }
        if (spec instanceof Gcn gcn) {
            return new NetworkDescription(gcn.name(), gcn.head(), gcn.dropout(), null, gcn.convolutions(),
                    gcn.readout().cliName(), null, null, null, null, bondTypes(gcn));
        }
        if (spec instanceof Cnn1d cnn) {
            return new NetworkDescription(cnn.name(), cnn.head(), cnn.dropout(), null, cnn.channels(),
                    null, null, cnn.kernel(), cnn.pool(), null, null);
        }
        if (spec instanceof Cnn2d cnn) {
            return new NetworkDescription(cnn.name(), cnn.head(), cnn.dropout(), null, cnn.channels(),
                    null, null, cnn.kernel(), cnn.pool(), cnn.stage().cliName(), null);
        }
        GraphMerge merge = (GraphMerge) spec;
        Gcn gcn = merge.graph();
        return new NetworkDescription(merge.name(), gcn.head(), gcn.dropout(), null, gcn.convolutions(),
                gcn.readout().cliName(), merge.fingerprintBranch(), null, null, null, bondTypes(gcn));
    }

    private static Boolean bondTypes(Gcn gcn) {
        return gcn.bondTypes() ? Boolean.TRUE : null;
    }

    public NetworkSpec toSpec() {
        switch (type) {
            case "mlp":
                return new Mlp(hidden, dropout, Activation.parse(activation));
            case "gcn":
                return gcn();
            case "merge":
                return new GraphMerge(gcn(), fingerprintBranch);
            case "cnn1d":
                return new Cnn1d(convolutions, kernel, pool, hidden, dropout);
            case "cnn2d":
                return new Cnn2d(convolutions, kernel, pool, Cnn2d.Stage.parse(stage), hidden, dropout);
            default:
                throw new IllegalArgumentException("unknown network type \"" + type + "\"");
        }
    }

    private Gcn gcn() {
        return new Gcn(convolutions, Readout.parse(readout), hidden, dropout, Boolean.TRUE.equals(bondTypes));
    }
}
