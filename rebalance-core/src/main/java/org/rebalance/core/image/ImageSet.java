package org.rebalance.core.image;

import java.util.Arrays;
import org.rebalance.core.data.Inputs;

/**
 * Model inputs made of n images of {@code channels × height × width} floats, stored in one array in
 * NCHW order (image, then channel, then row, then column; row-major). Immutable: the backing array
 * is never handed out for writing.
 */
public final class ImageSet implements Inputs {
    private final float[] data;
    private final int n;
    private final int channels;
    private final int height;
    private final int width;
    private final int pixels;

    private ImageSet(float[] data, int n, int channels, int height, int width) {
        if (n < 0 || channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("bad image set shape " + n + " x " + channels + " x " + height
                    + " x " + width);
        }
        long perImage = (long) channels * height * width;
        if (perImage > Integer.MAX_VALUE || perImage * n != data.length) {
            throw new IllegalArgumentException(n + " images of " + channels + " x " + height + " x " + width
                    + " do not match " + data.length + " values");
        }
        this.data = data;
        this.n = n;
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.pixels = (int) perImage;
    }

    /** Takes ownership of an NCHW array of {@code n * c * h * w} values (the caller must not change it afterwards). */
    public static ImageSet wrap(float[] data, int n, int c, int h, int w) {
        return new ImageSet(data, n, c, h, w);
    }

    @Override
    public int size() {
        return n;
    }

    public int channels() {
        return channels;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    /** Values per image: {@code channels * height * width}. */
    public int pixelsPerImage() {
        return pixels;
    }

    /** The value of image i at channel c, row y, column x. */
    public float get(int i, int c, int y, int x) {
        if (i < 0 || i >= n || c < 0 || c >= channels || y < 0 || y >= height || x < 0 || x >= width) {
            throw new IndexOutOfBoundsException("(" + i + ", " + c + ", " + y + ", " + x + ") is outside "
                    + this);
        }
        return data[((i * channels + c) * height + y) * width + x];
    }

    /** Copies image i ({@link #pixelsPerImage()} values, CHW) into dest starting at offset. */
    public void copyImage(int i, float[] dest, int offset) {
        System.arraycopy(data, i * pixels, dest, offset, pixels);
    }

    /** A CHW copy of image i. */
    public float[] image(int i) {
        return Arrays.copyOfRange(data, i * pixels, (i + 1) * pixels);
    }

    /** An NCHW copy of all images. */
    public float[] toFloatArray() {
        return data.clone();
    }

    @Override
    public ImageSet select(int[] rows) {
        float[] v = new float[rows.length * pixels];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(data, rows[i] * pixels, v, i * pixels, pixels);
        }
        return new ImageSet(v, rows.length, channels, height, width);
    }

    /** This set with {@code count} images appended after the last one, given NCHW in one array. */
    public ImageSet appendImages(float[] extra, int count) {
        if (count < 0 || (long) count * pixels != extra.length) {
            throw new IllegalArgumentException(count + " images of " + pixels + " values need " + (long) count * pixels
                    + " values, got " + extra.length);
        }
        float[] v = Arrays.copyOf(data, data.length + extra.length);
        System.arraycopy(extra, 0, v, data.length, extra.length);
        return new ImageSet(v, n + count, channels, height, width);
    }

    /** The smallest value of each channel over all images (the black of normalised images); +infinity when empty. */
    public float[] channelMinima() {
        float[] min = new float[channels];
        java.util.Arrays.fill(min, Float.POSITIVE_INFINITY);
        int plane = height * width;
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < channels; c++) {
                int base = (i * channels + c) * plane;
                for (int p = base; p < base + plane; p++) {
                    min[c] = Math.min(min[c], data[p]);
                }
            }
        }
        return min;
    }

    @Override
    public String toString() {
        return "ImageSet[" + n + " x " + channels + " x " + height + " x " + width + "]";
    }
}
