package org.rebalance.nn.batch;

import org.rebalance.core.image.Mixup;

/**
 * A {@link BatchSource} whose batches are mixed (mixup): after each {@link #batch} call, {@link #lastMix()} says
 * with which position of the batch each example was blended and by how much, so the loss can mix the labels.
 */
public interface MixingSource extends BatchSource {
    /** The mix of the batch returned last, or null when it was not mixed. */
    Mixup.Batch lastMix();
}
