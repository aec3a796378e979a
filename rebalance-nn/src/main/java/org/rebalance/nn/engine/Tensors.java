package org.rebalance.nn.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Arrays;

/** Zero-copy access to the memory of dense CPU tensors, tensors filled from Java arrays, and safe sparse tensors. */
public final class Tensors {
    private Tensors() {
    }

    /**
     * A view of the tensor's own memory: writes change the tensor. Only for contiguous float32 CPU
     * tensors (parameters and their gradients are).
     */
    public static FloatBuffer view(NDArray array) {
        return bytes(array).asFloatBuffer();
    }

    private static ByteBuffer bytes(NDArray array) {
        ByteBuffer bytes = array.toByteBuffer(true);
        if (!bytes.isDirect()) {
            throw new IllegalStateException("tensor " + array.getName() + " has no direct memory view");
        }
        return bytes.order(ByteOrder.nativeOrder());
    }

    /*
     * Why not NDManager.create(float[]): DJL copies the values into a new direct byte buffer that the
     * tensor keeps, and that memory goes back only when the JVM collects the buffer. Per batch (dropout
     * masks, node features, images) it piled up between collections, so libtorch's own allocations kept
     * landing on fresh pages, each page fault slow on a VM (an MLP step's backward took 2.5 ms, now 1.5).
     * These tensors live in libtorch's memory and are freed when closed.
     */

    /** A float32 tensor of {@code shape} holding {@code values}, in libtorch's own memory. */
    public static NDArray floats(NDManager manager, float[] values, Shape shape) {
        NDArray out = manager.create(shape, DataType.FLOAT32);
        write(out, values);
        return out;
    }

    /** A float32 vector holding {@code values}, in libtorch's own memory. */
    public static NDArray floats(NDManager manager, float[] values) {
        return floats(manager, values, new Shape(values.length));
    }

    /** An int64 vector holding {@code values}, in libtorch's own memory. */
    public static NDArray longs(NDManager manager, long[] values) {
        return longs(manager, values, new Shape(values.length));
    }

    /** An int64 tensor of {@code shape} holding {@code values}, in libtorch's own memory. */
    public static NDArray longs(NDManager manager, long[] values, Shape shape) {
        NDArray out = manager.create(shape, DataType.INT64);
        bytes(out).asLongBuffer().put(0, values);
        return out;
    }

    /** An int32 vector holding {@code values}, in libtorch's own memory. */
    public static NDArray ints(NDManager manager, int[] values) {
        NDArray out = manager.create(new Shape(values.length), DataType.INT32);
        bytes(out).asIntBuffer().put(0, values);
        return out;
    }

    /**
     * A sparse COO matrix of the given shape with {@code values[i]} at {@code (rows[i], cols[i])},
     * attached to {@code manager}.
     *
     * <p>Not {@code NDManager.createCoo}: in DJL 0.32 that builds the index and value tensors over
     * Java direct buffers, hands them to the sparse tensor without a copy and then closes them, so the
     * buffers can be collected while the sparse tensor still reads them (seen as column indices
     * such as 1065353216, the bits of 1.0f). Here the index and value tensors hold their values in
     * libtorch's own memory ({@link #longs}, {@link #floats}) and stay open with the manager that owns
     * the sparse tensor.
     */
    public static NDArray sparseCoo(NDManager manager, long[] rows, long[] cols, float[] values, Shape shape) {
        NDArray indices = longs(manager, concat(rows, cols), new Shape(2, rows.length));
        NDArray data = floats(manager, values, new Shape(values.length));
        NDArray coo = JniUtils.createSparseCoo((PtNDArray) indices, (PtNDArray) data, shape);
        coo.attach(manager);
        return coo;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
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
