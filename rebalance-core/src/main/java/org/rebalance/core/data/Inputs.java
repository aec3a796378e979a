package org.rebalance.core.data;

/** Model inputs for n examples; rows can be selected (split, resample) without copying metadata. */
public interface Inputs {
    /** Number of examples. */
    int size();

    /** A new Inputs holding the given rows in that order; rows may repeat. */
    Inputs select(int[] rows);
}
