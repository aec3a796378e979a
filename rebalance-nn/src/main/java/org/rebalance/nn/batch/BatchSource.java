package org.rebalance.nn.batch;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;

/** The network inputs of any mini-batch of one data set, built from row indices. */
public interface BatchSource {
    /** The inputs of rows {@code rows[from..to)}, attached to {@code batchManager}. */
    NDList batch(int[] rows, int from, int to, NDManager batchManager);
}
