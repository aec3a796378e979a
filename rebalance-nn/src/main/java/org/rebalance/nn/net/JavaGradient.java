package org.rebalance.nn.net;

import ai.djl.ndarray.NDArray;

/**
 * A block that can keep one parameter's gradient in a Java array instead of libtorch's memory, for an
 * optimiser step written in Java (the fused Adam) to read it there: the set-bit first layer computes that
 * gradient in Java anyway, so copying it into the tensor and the step copying it out again (and zeroing it)
 * would be memory traffic for nothing.
 */
public interface JavaGradient {
    /** The parameter whose gradient is kept. */
    NDArray javaGradientParameter();

    /** From now on keep that gradient in Java; only a step that calls {@link #takeJavaGradient} may ask this. */
    void keepGradientInJava();

    /**
     * The gradient accumulated since the last call (row-major, the parameter's shape), or null when no
     * batch added any (it is then in the tensor, if anywhere). The next batch starts it again from zero.
     */
    float[] takeJavaGradient();
}
