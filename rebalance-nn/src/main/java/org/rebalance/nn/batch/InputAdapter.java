package org.rebalance.nn.batch;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.rebalance.core.data.Inputs;

/**
 * How one kind of model inputs (feature vectors, graphs) reaches a network: the input shapes the
 * network is initialised with, and a {@link BatchSource} over a data set.
 */
public interface InputAdapter<I extends Inputs> {
    /** Input shapes of a small example batch, used to initialise the network's parameters. */
    Shape[] shapes();

    /** Checks that {@code inputs} have the layout this adapter was made for. */
    void check(I inputs);

    /** Prepares {@code inputs} for batching; native copies live in {@code manager}. */
    BatchSource open(I inputs, NDManager manager);
}
