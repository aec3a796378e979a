package org.rebalance.core.metrics;

/**
 * What a trained classifier outputs for a set of examples, before any threshold is applied.
 * Either one score per example for the positive class ({@link BinaryScores}) or one probability per
 * example and class ({@link MulticlassScores}).
 */
public sealed interface Scores permits BinaryScores, MulticlassScores {
    /** Number of examples scored. */
    int size();
}
