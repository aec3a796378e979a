package org.rebalance.nn.train;

/** Tracks the best validation value of a metric and how many epochs have passed without gain. */
final class Selection {
    private final boolean higherIsBetter;
    private double best = Double.NaN;
    private int bestEpoch;
    private int sinceBest;

    Selection(boolean higherIsBetter) {
        this.higherIsBetter = higherIsBetter;
    }

    /** Records an epoch's value; true when it is the best so far (ties keep the earlier epoch). */
    boolean offer(int epoch, double value) {
        boolean better = bestEpoch == 0
                || (!Double.isNaN(value) && (Double.isNaN(best)
                        || (higherIsBetter ? value > best : value < best)));
        if (better) {
            best = value;
            bestEpoch = epoch;
            sinceBest = 0;
        } else {
            sinceBest++;
        }
        return better;
    }

    int bestEpoch() {
        return bestEpoch;
    }

    int epochsSinceBest() {
        return sinceBest;
    }
}
