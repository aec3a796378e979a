package org.rebalance.core.data.csv;

/** How many classes a labelled file must hold. */
public enum ClassRequirement {
    /** Training data: a single class is an error. */
    AT_LEAST_TWO,
    /** Data to evaluate a model on: one class is fine (e.g. a file of known positives). */
    ANY
}
