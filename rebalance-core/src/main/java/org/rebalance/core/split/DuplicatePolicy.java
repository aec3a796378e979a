package org.rebalance.core.split;

/** What a split does with rows whose feature values are identical. */
public enum DuplicatePolicy {
    /** Identical rows always land in the same part, so a duplicate cannot leak from train to test. */
    GROUP,
    /** Every row is split on its own. */
    IGNORE
}
