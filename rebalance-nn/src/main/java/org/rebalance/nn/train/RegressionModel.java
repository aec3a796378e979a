package org.rebalance.nn.train;

import org.rebalance.core.data.Inputs;

/**
 * A trained regression network: its single output is a standardised target, turned back into the
 * target's units with the training part's mean and standard deviation. Owns native memory: close it.
 */
public final class RegressionModel<I extends Inputs> implements AutoCloseable {
    private final NetworkModel<I> network;
    private final double targetMean;
    private final double targetSd;

    RegressionModel(NetworkModel<I> network, double targetMean, double targetSd) {
        this.network = network;
        this.targetMean = targetMean;
        this.targetSd = targetSd;
    }

    /** A regression model over a loaded one-output network (closing it closes the network). */
    public static <I extends Inputs> RegressionModel<I> of(NetworkModel<I> network, double targetMean, double targetSd) {
        return new RegressionModel<>(network, targetMean, targetSd);
    }

    /** The predicted target of every example of {@code x}, in the target's units. */
    public double[] predict(I x) {
        network.adapter().check(x);
        float[] z = network.logits(x);
        double[] y = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            y[i] = targetMean + targetSd * z[i];
        }
        return y;
    }

    /** The network (its architecture and input adapter). */
    public NetworkModel<I> network() {
        return network;
    }

    public double targetMean() {
        return targetMean;
    }

    public double targetSd() {
        return targetSd;
    }

    @Override
    public void close() {
        network.close();
    }
}
