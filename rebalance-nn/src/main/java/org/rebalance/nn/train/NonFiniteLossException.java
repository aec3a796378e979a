package org.rebalance.nn.train;

import org.rebalance.core.RebalanceException;

/** Training diverged: the loss became NaN or infinite. The message names the epoch and batch. */
public final class NonFiniteLossException extends RebalanceException {
    public NonFiniteLossException(int epoch, int batch, double value) {
        super("loss became " + value + " at epoch " + epoch + ", batch " + batch
                + "; lower the learning rate or check the inputs for extreme values");
    }
}
