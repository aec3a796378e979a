package org.rebalance.nn.engine;

import ai.djl.ndarray.NDArray;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/** Zero-copy access to the memory of dense float32 CPU tensors. */
public final class Tensors {
    private Tensors() {
    }

    /**
     * A view of the tensor's own memory: writes change the tensor. Only for contiguous float32 CPU
     * tensors (parameters and their gradients are).
     */
    public static FloatBuffer view(NDArray array) {
        ByteBuffer bytes = array.toByteBuffer(true);
        if (!bytes.isDirect()) {
            throw new IllegalStateException("tensor " + array.getName() + " has no direct memory view");
        }
        return bytes.order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    /** Overwrites the tensor's values in place. */
    public static void write(NDArray array, float[] values) {
        FloatBuffer view = view(array);
        if (view.capacity() != values.length) {
            throw new IllegalArgumentException("tensor has " + view.capacity() + " values, got " + values.length);
        }
        view.put(0, values);
    }
}
