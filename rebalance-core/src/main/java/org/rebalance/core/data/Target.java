package org.rebalance.core.data;

/** What a model learns to predict: class labels or real values, one per example. */
public sealed interface Target permits ClassTarget, RegressionTarget {
    int size();

    Target select(int[] rows);
}
