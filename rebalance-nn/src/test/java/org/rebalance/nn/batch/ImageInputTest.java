package org.rebalance.nn.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Test;
import org.rebalance.core.image.ImageSet;
import org.rebalance.nn.engine.Engines;

class ImageInputTest {
    /** n images of 2 x 3 x 4 whose value at flat position k of image i is 100 i + k. */
    static ImageSet numbered(int n) {
        float[] v = new float[n * 24];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 24; k++) {
                v[i * 24 + k] = 100 * i + k;
            }
        }
        return ImageSet.wrap(v, n, 2, 3, 4);
    }

    @Test
    void aBatchIsTheRowsImagesInOrder() {
        ImageSet x = numbered(4);
        ImageInput input = ImageInput.of(x);
        assertEquals(new ImageInput(2, 3, 4), input);
        assertArrayEquals(new long[] {1, 2, 3, 4}, input.shapes()[0].getShape());
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            BatchSource source = input.open(x, m);
            try (NDManager batch = m.newSubManager()) {
                NDArray b = source.batch(new int[] {1, 3, 0, 2}, 1, 3, batch).singletonOrThrow();
                assertArrayEquals(new long[] {2, 2, 3, 4}, b.getShape().getShape());
                float[] expected = new float[48];
                x.copyImage(3, expected, 0);
                x.copyImage(0, expected, 24);
                assertArrayEquals(expected, b.toFloatArray());
                assertEquals(300f, b.toFloatArray()[0]);
            }
        }
    }

    @Test
    void imagesOfAnotherSizeAreRefused() {
        ImageInput input = new ImageInput(2, 3, 4);
        ImageSet wrong = ImageSet.wrap(new float[2 * 28 * 28], 2, 1, 28, 28);
        String message = assertThrows(IllegalArgumentException.class, () -> input.check(wrong)).getMessage();
        assertEquals("the network takes images of 2 x 3 x 4 (channels x height x width), got 1 x 28 x 28", message);
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            assertThrows(IllegalArgumentException.class, () -> input.open(wrong, m));
        }
    }
}
