package org.rebalance.core.learn;

import java.util.List;

/** The per-epoch record of one training run, in epoch order. */
public record History(List<EpochRecord> epochs) {
    public History {
        epochs = List.copyOf(epochs);
    }

    public int size() {
        return epochs.size();
    }
}
