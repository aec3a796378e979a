package org.rebalance.nn.net;

import java.nio.FloatBuffer;

/**
 * The layout in which the set-bit layer works on a weight matrix (inputs x units, row-major in its tensor): each
 * input's row cut into slices of up to {@link #SLICE} units, slice k of row c being array {@code k * inputs + c}.
 * Every slice is an array of its own so that loops over it index all their arrays alike, the form HotSpot's C2
 * vectorises (with an offset into whole rows it left them scalar, four times slower).
 */
final class WeightSlices {
    /** Units per slice. */
    static final int SLICE = 256;

    private WeightSlices() {
    }

    /** Zeroed slices for a matrix of the given shape. */
    static float[][] allocate(int inputs, int units) {
        int slices = (units + SLICE - 1) / SLICE;
        float[][] out = new float[slices * inputs][];
        for (int k = 0; k < slices; k++) {
            int len = Math.min(SLICE, units - k * SLICE);
            for (int c = 0; c < inputs; c++) {
                out[k * inputs + c] = new float[len];
            }
        }
        return out;
    }

    /** Copies a row-major matrix into slices. */
    static void load(FloatBuffer rowMajor, float[][] slices, int inputs, int units) {
        for (int k = 0; k * SLICE < units; k++) {
            for (int c = 0; c < inputs; c++) {
                float[] s = slices[k * inputs + c];
                rowMajor.get(c * units + k * SLICE, s, 0, s.length);
            }
        }
    }

    /** Copies slices into a row-major matrix. */
    static void store(float[][] slices, FloatBuffer rowMajor, int inputs, int units) {
        for (int k = 0; k * SLICE < units; k++) {
            for (int c = 0; c < inputs; c++) {
                float[] s = slices[k * inputs + c];
                rowMajor.put(c * units + k * SLICE, s, 0, s.length);
            }
        }
    }

    /** The slices as one row-major array. */
    static float[] rowMajor(float[][] slices, int inputs, int units) {
        float[] out = new float[inputs * units];
        store(slices, FloatBuffer.wrap(out), inputs, units);
        return out;
    }
}
