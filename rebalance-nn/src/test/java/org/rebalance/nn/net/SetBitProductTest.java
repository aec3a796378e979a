package org.rebalance.nn.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.FloatBuffer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SetBitProductTest {
    /** Rows of the sliced layout {@code out[slice][row]} joined back into whole rows. */
    private static float[][] joined(float[][][] slices, int units) {
        float[][] out = new float[slices[0].length][units];
        for (int k = 0; k < slices.length; k++) {
            for (int r = 0; r < out.length; r++) {
                System.arraycopy(slices[k][r], 0, out[r], k * SetBitProduct.sliceWidth(), slices[k][r].length);
            }
        }
        return out;
    }

    private static float[][][] sliced(float[][] rows, int units) {
        int n = (units + SetBitProduct.sliceWidth() - 1) / SetBitProduct.sliceWidth();
        float[][][] out = new float[n][rows.length][];
        for (int k = 0; k < n; k++) {
            int from = k * SetBitProduct.sliceWidth();
            int to = Math.min(units, from + SetBitProduct.sliceWidth());
            for (int r = 0; r < rows.length; r++) {
                out[k][r] = java.util.Arrays.copyOfRange(rows[r], from, to);
            }
        }
        return out;
    }

    @Test
    void sumsTheWeightRowsOfTheSetBitsAndTheirGradients() {
        // x = [[1, 0, 1], [0, 1, 0]], W = [[1, 2], [3, 4], [5, 6]]: x W = [[6, 8], [3, 4]]
        SetBitRows x = SetBitRows.of(new float[] {1, 0, 1, 0, 1, 0}, 3);
        SetBitProduct product = SetBitProduct.of(x, 3, 2);
        float[][] out = joined(product.forward(FloatBuffer.wrap(new float[] {1, 2, 3, 4, 5, 6})), 2);
        assertArrayEquals(new float[] {6, 8}, out[0]);
        assertArrayEquals(new float[] {3, 4}, out[1]);
        // G = [[1, 1], [2, 3]]: x^T G = [[1, 1], [2, 3], [1, 1]], added to what the gradient held (all 10)
        float[] gradient = {10, 10, 10, 10, 10, 10};
        product.addWeightGradient(sliced(new float[][] {{1, 1}, {2, 3}}, 2), FloatBuffer.wrap(gradient));
        assertArrayEquals(new float[] {11, 11, 12, 13, 11, 11}, gradient);
    }

    @Test
    void agreesWithTheDenseProductOverSeveralSlicesRunInParallel() {
        int rows = 96;
        int inputs = 150;
        int units = 2 * SetBitProduct.sliceWidth() + 37;  // two full slices and a narrow one
        SplittableRandom rng = new SplittableRandom(3);
        float[] x = new float[rows * inputs];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextDouble() < 0.3 ? 1f : 0f;  // enough set bits x units for the parallel path
        }
        float[] w = new float[inputs * units];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) rng.nextGaussian();
        }
        float[][] g = new float[rows][units];
        for (float[] row : g) {
            for (int j = 0; j < units; j++) {
                row[j] = (float) rng.nextGaussian();
            }
        }
        SetBitProduct product = SetBitProduct.of(SetBitRows.of(x, inputs), inputs, units);
        float[][] out = joined(product.forward(FloatBuffer.wrap(w)), units);
        float[] gradient = new float[inputs * units];
        product.addWeightGradient(sliced(g, units), FloatBuffer.wrap(gradient));
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < units; j++) {
                double dense = 0;
                for (int c = 0; c < inputs; c++) {
                    dense += x[r * inputs + c] * w[c * units + j];
                }
                assertEquals(dense, out[r][j], 1e-4);
            }
        }
        for (int c = 0; c < inputs; c++) {
            for (int j = 0; j < units; j++) {
                double dense = 0;
                for (int r = 0; r < rows; r++) {
                    dense += x[r * inputs + c] * g[r][j];
                }
                assertEquals(dense, gradient[c * units + j], 1e-4);
            }
        }
    }

    @Test
    void aBitBeyondTheLayersInputsIsRefused() {
        SetBitRows x = new SetBitRows(1, new int[] {0, 1}, new int[] {3});
        assertThrows(IllegalArgumentException.class, () -> SetBitProduct.of(x, 3, 2));
    }
}
