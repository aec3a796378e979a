package org.rebalance.core.learn;

/**
 * What happened in one training epoch.
 *
 * @param epoch 1-based epoch number
 * @param trainLoss mean weighted training loss over the epoch's batches
 * @param validLoss mean unweighted loss on the validation part
 * @param validMetric the selection metric on the validation part
 * @param seconds wall-clock time of the epoch's training steps
 */
public record EpochRecord(int epoch, double trainLoss, double validLoss, double validMetric, double seconds) {
}
