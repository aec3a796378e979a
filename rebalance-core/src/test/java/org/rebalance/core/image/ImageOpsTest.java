package org.rebalance.core.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ImageOpsTest {
    /** 1 x 2 x 3: rows (1 2 3) and (4 5 6). */
    private static final float[] TWO_BY_THREE = {1, 2, 3, 4, 5, 6};

    @Test
    void flipMirrorsEachRow() {
        float[] img = {9, 1, 2, 3, 4, 5, 6}; // one leading value before the image at offset 1
        ImageOps.flipHorizontal(img, 1, 1, 2, 3);
        assertArrayEquals(new float[] {9, 3, 2, 1, 6, 5, 4}, img);
        float[] twoChannels = {1, 2, 3, 4}; // 2 x 1 x 2: each channel flips on its own
        ImageOps.flipHorizontal(twoChannels, 0, 2, 1, 2);
        assertArrayEquals(new float[] {2, 1, 4, 3}, twoChannels);
    }

    @Property(tries = 50)
    void flipTwiceIsIdentity(@ForAll @IntRange(min = 1, max = 3) int c, @ForAll @IntRange(min = 1, max = 6) int h,
            @ForAll @IntRange(min = 1, max = 7) int w, @ForAll long seed) {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
        float[] img = new float[c * h * w];
        for (int i = 0; i < img.length; i++) {
            img[i] = (float) rng.nextDouble();
        }
        float[] copy = img.clone();
        ImageOps.flipHorizontal(copy, 0, c, h, w);
        ImageOps.flipHorizontal(copy, 0, c, h, w);
        assertArrayEquals(img, copy);
    }

    @Test
    void rotationByZeroIsIdentity() {
        float[] img = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        float[] out = new float[12];
        ImageOps.rotate(img, 0, out, 0, 1, 3, 4, 0);
        assertArrayEquals(img, out);
    }

    @Test
    void rotationBy90IsTransposeThenFlipUpsideDown() {
        // (1 2 3 / 4 5 6 / 7 8 9) turned 90 degrees counter-clockwise: (3 6 9 / 2 5 8 / 1 4 7)
        float[] out = new float[9];
        ImageOps.rotate(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 0, out, 0, 1, 3, 3, 90);
        assertArrayEquals(new float[] {3, 6, 9, 2, 5, 8, 1, 4, 7}, out);
        // even size, centre between pixels (1.5, 1.5): out[y][x] = in[x][3 - y]
        float[] in4 = new float[16];
        for (int i = 0; i < 16; i++) {
            in4[i] = i;
        }
        float[] out4 = new float[16];
        ImageOps.rotate(in4, 0, out4, 0, 1, 4, 4, 90);
        assertArrayEquals(new float[] {3, 7, 11, 15, 2, 6, 10, 14, 1, 5, 9, 13, 0, 4, 8, 12}, out4);
        // -90 is clockwise: (7 4 1 / 8 5 2 / 9 6 3)
        ImageOps.rotate(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 0, out, 0, 1, 3, 3, -90);
        assertArrayEquals(new float[] {7, 4, 1, 8, 5, 2, 9, 6, 3}, out);
    }

    @Test
    void rotationBy45SamplesBilinearlyAndFillsZero() {
        // 3 x 3 with a single 1 right of the centre, at row 1, column 2. Output corner (row 0, column 2)
        // is (1, 1) from the centre; turned back by 45 degrees it comes from (sqrt 2, 0): source column
        // 1 + 1.4142 = 2.4142 in row 1, between the 1 (weight 1 - 0.4142) and outside (0).
        float[] img = {0, 0, 0, 0, 0, 1, 0, 0, 0};
        float[] out = new float[9];
        ImageOps.rotate(img, 0, out, 0, 1, 3, 3, 45);
        assertEquals(2 - Math.sqrt(2), out[2], 1e-6);
        assertEquals(0f, out[4]); // the centre stays where it was (0)
    }

    @Test
    void shiftMovesAndFillsZero() {
        float[] out = new float[6];
        ImageOps.shift(TWO_BY_THREE, 0, out, 0, 1, 2, 3, 1, 0); // one pixel right
        assertArrayEquals(new float[] {0, 1, 2, 0, 4, 5}, out);
        ImageOps.shift(TWO_BY_THREE, 0, out, 0, 1, 2, 3, -2, 1); // two left, one down
        assertArrayEquals(new float[] {0, 0, 0, 3, 0, 0}, out);
    }

    @Test
    void padCropIsAShiftWithinThePadding() {
        float[] out = new float[6];
        ImageOps.padCrop(TWO_BY_THREE, 0, out, 0, 1, 2, 3, 1, 1, 1); // centred crop: unchanged
        assertArrayEquals(TWO_BY_THREE, out);
        ImageOps.padCrop(TWO_BY_THREE, 0, out, 0, 1, 2, 3, 1, 0, 0); // top-left corner of the padded image
        assertArrayEquals(new float[] {0, 0, 0, 0, 1, 2}, out);
        ImageOps.padCrop(TWO_BY_THREE, 0, out, 0, 1, 2, 3, 1, 2, 2); // bottom-right corner
        assertArrayEquals(new float[] {5, 6, 0, 0, 0, 0}, out);
        assertThrows(IllegalArgumentException.class, () -> ImageOps.padCrop(TWO_BY_THREE, 0, new float[6], 0, 1, 2,
                3, 1, 3, 0));
    }
}
