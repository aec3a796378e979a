package org.rebalance.core.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ImageSetTest {
    /** Three images of 2 channels x 1 row x 2 columns; value = 10 * image + 2 * channel + column. */
    private static ImageSet three() {
        float[] v = new float[3 * 4];
        for (int i = 0; i < 3; i++) {
            for (int c = 0; c < 2; c++) {
                for (int x = 0; x < 2; x++) {
                    v[i * 4 + c * 2 + x] = 10 * i + 2 * c + x;
                }
            }
        }
        return ImageSet.wrap(v, 3, 2, 1, 2);
    }

    @Test
    void shapeAndNchwIndexing() {
        ImageSet s = three();
        assertEquals(3, s.size());
        assertEquals(2, s.channels());
        assertEquals(1, s.height());
        assertEquals(2, s.width());
        assertEquals(4, s.pixelsPerImage());
        assertEquals(23f, s.get(2, 1, 0, 1)); // 10 * 2 + 2 * 1 + 1
        assertArrayEquals(new float[] {10, 11, 12, 13}, s.image(1));
        assertThrows(IndexOutOfBoundsException.class, () -> s.get(0, 2, 0, 0));
    }

    @Test
    void selectKeepsOrderAndRepeats() {
        ImageSet s = three().select(new int[] {2, 0, 2});
        assertEquals(3, s.size());
        assertArrayEquals(new float[] {20, 21, 22, 23, 0, 1, 2, 3, 20, 21, 22, 23}, s.toFloatArray());
        assertEquals(0, three().select(new int[0]).size());
    }

    @Test
    void copiesDoNotLeakTheBackingArray() {
        ImageSet s = three();
        float[] copy = s.toFloatArray();
        copy[0] = 99;
        float[] image = s.image(0);
        image[1] = 99;
        assertEquals(0f, s.get(0, 0, 0, 0));
        assertEquals(1f, s.get(0, 0, 0, 1));
        float[] dest = new float[6];
        s.copyImage(1, dest, 1);
        assertArrayEquals(new float[] {0, 10, 11, 12, 13, 0}, dest);
    }

    @Test
    void appendAddsImagesAfterTheLast() {
        ImageSet s = three().appendImages(new float[] {7, 7, 7, 7, 8, 8, 8, 8}, 2);
        assertEquals(5, s.size());
        assertEquals(7f, s.get(3, 1, 0, 1));
        assertEquals(8f, s.get(4, 0, 0, 0));
        assertEquals(23f, s.get(2, 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> three().appendImages(new float[5], 1));
    }

    @Test
    void wrapChecksTheShape() {
        assertThrows(IllegalArgumentException.class, () -> ImageSet.wrap(new float[11], 3, 2, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> ImageSet.wrap(new float[0], 0, 0, 1, 1));
        assertEquals("ImageSet[3 x 2 x 1 x 2]", three().toString());
    }

    @org.junit.jupiter.api.Test
    void channelMinimaAreTakenOverEveryImage() {
        // two images of 2 channels x 1 x 2: channel 0 holds {3, -1} and {0, 2}, channel 1 {5, 4} and {-2, 7}
        ImageSet s = ImageSet.wrap(new float[] {3, -1, 5, 4, 0, 2, -2, 7}, 2, 2, 1, 2);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new float[] {-1, -2}, s.channelMinima());
    }
}
