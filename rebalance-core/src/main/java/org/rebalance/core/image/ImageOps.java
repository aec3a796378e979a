package org.rebalance.core.image;

/**
 * Deterministic geometric transforms of one image of {@code c × h × w} floats (CHW, row-major)
 * stored in an array from an offset. Pixels that come from outside the image are 0. Source and
 * destination of the copying transforms must not overlap.
 */
public final class ImageOps {
    private static final double SNAP = 1e-9;

    private ImageOps() {
    }

    /** Mirrors the image left to right, in place. */
    public static void flipHorizontal(float[] img, int offset, int c, int h, int w) {
        for (int row = 0; row < c * h; row++) {
            int base = offset + row * w;
            for (int x = 0, y = w - 1; x < y; x++, y--) {
                float t = img[base + x];
                img[base + x] = img[base + y];
                img[base + y] = t;
            }
        }
    }

    /**
     * Rotates by {@code degrees} counter-clockwise as displayed (rows run downwards) about the image
     * centre {@code ((w - 1) / 2, (h - 1) / 2)}, with bilinear sampling; a source point within 1e-9
     * of a grid point is taken as that point, so multiples of 90° on a square image are exact.
     */
    public static void rotate(float[] src, int srcOffset, float[] dst, int dstOffset, int c, int h, int w,
            double degrees) {
        double rad = Math.toRadians(degrees);
        double cos = Math.cos(rad);
        double sin = Math.sin(rad);
        double cx = (w - 1) / 2.0;
        double cy = (h - 1) / 2.0;
        int plane = h * w;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double u = x - cx; // output point with the vertical axis pointing up
                double v = cy - y;
                double sx = snap(cx + u * cos + v * sin); // inverse rotation gives the source point
                double sy = snap(cy - (-u * sin + v * cos));
                int x0 = (int) Math.floor(sx);
                int y0 = (int) Math.floor(sy);
                double fx = sx - x0;
                double fy = sy - y0;
                for (int ch = 0; ch < c; ch++) {
                    int base = srcOffset + ch * plane;
                    double top = (1 - fx) * at(src, base, h, w, y0, x0) + fx * at(src, base, h, w, y0, x0 + 1);
                    double bottom = fy == 0 ? 0
                            : (1 - fx) * at(src, base, h, w, y0 + 1, x0) + fx * at(src, base, h, w, y0 + 1, x0 + 1);
                    dst[dstOffset + ch * plane + y * w + x] = (float) ((1 - fy) * top + fy * bottom);
                }
            }
        }
    }

    /** Moves the image {@code dx} pixels right and {@code dy} down (negative: left, up); the uncovered border is 0. */
    public static void shift(float[] src, int srcOffset, float[] dst, int dstOffset, int c, int h, int w, int dx,
            int dy) {
        int plane = h * w;
        for (int ch = 0; ch < c; ch++) {
            for (int y = 0; y < h; y++) {
                int out = dstOffset + ch * plane + y * w;
                int sy = y - dy;
                for (int x = 0; x < w; x++) {
                    int sx = x - dx;
                    dst[out + x] = sy >= 0 && sy < h && sx >= 0 && sx < w ? src[srcOffset + ch * plane + sy * w + sx]
                            : 0f;
                }
            }
        }
    }

    /**
     * Pads the image with {@code pad} zeros on every side and crops {@code h × w} back out with its top
     * left corner at ({@code top}, {@code left}) of the padded image, each in [0, 2 * pad].
     */
    public static void padCrop(float[] src, int srcOffset, float[] dst, int dstOffset, int c, int h, int w, int pad,
            int top, int left) {
        if (pad < 0 || top < 0 || top > 2 * pad || left < 0 || left > 2 * pad) {
            throw new IllegalArgumentException("crop corner (" + top + ", " + left + ") is outside [0, " + 2 * pad
                    + "] for padding " + pad);
        }
        shift(src, srcOffset, dst, dstOffset, c, h, w, pad - left, pad - top);
    }

    private static double snap(double v) {
        double r = Math.rint(v);
        return Math.abs(v - r) < SNAP ? r : v;
    }

    private static double at(float[] img, int base, int h, int w, int y, int x) {
        return y >= 0 && y < h && x >= 0 && x < w ? img[base + y * w + x] : 0;
    }
}
