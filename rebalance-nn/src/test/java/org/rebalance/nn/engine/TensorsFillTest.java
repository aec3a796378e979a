package org.rebalance.nn.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

/** Tensors filled from Java arrays hold their own copy of the values, with the asked type and shape. */
class TensorsFillTest {
    @Test
    void floatsIntsAndLongsAreCopiedIntoTensorsOfTheirShape() {
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            float[] f = {1.5f, -2f, 3f, 4f, 5f, 6f};
            NDArray floats = Tensors.floats(m, f, new Shape(2, 3));
            f[0] = 99f;  // the tensor keeps the values it was given
            assertEquals(new Shape(2, 3), floats.getShape());
            assertEquals(DataType.FLOAT32, floats.getDataType());
            assertArrayEquals(new float[] {1.5f, -2f, 3f, 4f, 5f, 6f}, floats.toFloatArray());

            NDArray ints = Tensors.ints(m, new int[] {7, -1, 1 << 30});
            assertEquals(DataType.INT32, ints.getDataType());
            assertArrayEquals(new int[] {7, -1, 1 << 30}, ints.toIntArray());

            NDArray longs = Tensors.longs(m, new long[] {1L << 40, 2, 3, 4}, new Shape(2, 2));
            assertEquals(new Shape(2, 2), longs.getShape());
            assertArrayEquals(new long[] {1L << 40, 2, 3, 4}, longs.toLongArray());
        }
    }
}
