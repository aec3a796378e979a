package org.rebalance.nn.net;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;

/**
 * A block that can hold one parameter's values and gradient in Java arrays while an optimiser step written in Java
 * (the fused Adam) trains it: the set-bit first layer reads its weights and computes their gradient in Java anyway,
 * so copying both between libtorch's memory and Java arrays every step (10 MB for a 1,024 x 512 layer) would be
 * memory traffic for nothing. While held, the tensor is brought up to date by {@link #writeBack}; the training loop
 * does so after every epoch and {@link #release}s the parameter when training ends.
 */
public interface JavaParameter {
    /** The parameter that can be held. */
    NDArray javaParameter();

    /** From now on hold the values (copied from the tensor now) and the gradient in Java. */
    void hold();

    /** The held values in slices (row-major runs of the tensor); the step updates them in place. */
    float[][] values();

    /**
     * The gradient accumulated since the last call, in the slices of {@link #values}: the next batch starts it again
     * from zero. Where no batch added one in Java (dense inputs), the tensor's gradient moved into them (and zeroed
     * there), or zeros.
     */
    float[][] takeGradient();

    /**
     * When the gradient of the last batch is still waiting to be summed, sums it slice by slice and hands each slice
     * with its gradient to {@code update} at once (while both are in the cache; the gradient is then not kept), and
     * returns true; otherwise does nothing and returns false (then {@link #takeGradient} has it).
     */
    boolean stepEachSlice(SliceUpdate update);

    /** An update of one held slice (an index into {@link #values}) from its gradient, in place. */
    @FunctionalInterface
    interface SliceUpdate {
        void apply(int slice, float[] values, float[] gradient);
    }

    /** The step changed the held values: the tensor is out of date until {@link #writeBack}. */
    void valuesChanged();

    /** Copies the held values into the tensor if they changed since it was last brought up to date. */
    void writeBack();

    /** Writes back and stops holding: the tensor alone holds the parameter again. */
    void release();

    /** {@link #writeBack} for every such block of {@code network}. */
    static void writeBackAll(Block network) {
        for (JavaParameter p : Blocks.all(network, JavaParameter.class)) {
            p.writeBack();
        }
    }

    /** {@link #release} for every such block of {@code network}. */
    static void releaseAll(Block network) {
        for (JavaParameter p : Blocks.all(network, JavaParameter.class)) {
            p.release();
        }
    }
}
