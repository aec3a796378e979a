package org.rebalance.nn.train;

import org.rebalance.core.ConfigException;
import org.rebalance.core.learn.RegressionLoss;

/**
 * Knobs of regression training: Adam with a fixed learning rate, mini-batches, a maximum number of
 * epochs and early stopping on the validation mean squared error ({@code patience} epochs without
 * improvement; 0 trains every epoch), the loss, and the batches: shuffled ({@code balancedBins} 0) or
 * drawn uniformly over {@code balancedBins} equal-width target bins (target-binned balanced batches).
 */
public record RegressionOptions(int epochs, int batchSize, double learningRate, int patience, RegressionLoss loss,
        int balancedBins, AdamKernel adam) {
    public RegressionOptions {
        if (epochs < 1) {
            throw new ConfigException("epochs must be >= 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new ConfigException("batch size must be >= 1, got " + batchSize);
        }
        if (!(learningRate > 0 && Double.isFinite(learningRate))) {
            throw new ConfigException("learning rate must be a positive number, got " + learningRate);
        }
        if (patience < 0) {
            throw new ConfigException("patience must be >= 0, got " + patience);
        }
        if (balancedBins < 0 || balancedBins == 1) {
            throw new ConfigException("balanced batches need at least 2 target bins (0: shuffled), got " + balancedBins);
        }
        if (loss == null || adam == null) {
            throw new ConfigException("a loss and an Adam kernel are required");
        }
    }

    /** 30 epochs, batch 64, learning rate 1e-3, patience 8, mean squared error, shuffled, fused Adam. */
    public static RegressionOptions defaults() {
        return new RegressionOptions(30, 64, 1e-3, 8, RegressionLoss.MSE, 0, AdamKernel.FUSED);
    }

    public RegressionOptions withEpochs(int value) {
        return new RegressionOptions(value, batchSize, learningRate, patience, loss, balancedBins, adam);
    }

    public RegressionOptions withPatience(int value) {
        return new RegressionOptions(epochs, batchSize, learningRate, value, loss, balancedBins, adam);
    }

    public RegressionOptions withLearningRate(double value) {
        return new RegressionOptions(epochs, batchSize, value, patience, loss, balancedBins, adam);
    }

    public RegressionOptions withBatchSize(int value) {
        return new RegressionOptions(epochs, value, learningRate, patience, loss, balancedBins, adam);
    }

    public RegressionOptions withLoss(RegressionLoss value) {
        return new RegressionOptions(epochs, batchSize, learningRate, patience, value, balancedBins, adam);
    }

    public RegressionOptions withBalancedBins(int value) {
        return new RegressionOptions(epochs, batchSize, learningRate, patience, loss, value, adam);
    }

    public RegressionOptions withAdam(AdamKernel value) {
        return new RegressionOptions(epochs, batchSize, learningRate, patience, loss, balancedBins, value);
    }
}
