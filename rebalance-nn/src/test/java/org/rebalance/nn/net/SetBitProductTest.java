package org.rebalance.nn.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.FloatBuffer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SetBitProductTest {
    private static float[] forward(SetBitProduct product, float[] weight, int rows, int units) {
        float[] out = new float[rows * units];
        product.forward(FloatBuffer.wrap(weight), FloatBuffer.wrap(out));
        return out;
    }

    @Test
    void sumsTheWeightRowsOfTheSetBitsAndTheirGradients() {
        // x = [[1, 0, 1], [0, 1, 0], [0, 0, 0]], W = [[1, 2], [3, 4], [5, 6]]: x W = [[6, 8], [3, 4], [0, 0]]
        SetBitRows x = SetBitRows.of(new float[] {1, 0, 1, 0, 1, 0, 0, 0, 0}, 3);
        SetBitProduct product = SetBitProduct.of(x, 3, 2);
        float[] out = {9, 9, 9, 9, 9, 9};  // every value is written, a row without bits as zeros
        product.forward(FloatBuffer.wrap(new float[] {1, 2, 3, 4, 5, 6}), FloatBuffer.wrap(out));
        assertArrayEquals(new float[] {6, 8, 3, 4, 0, 0}, out);
        // G = [[1, 1], [2, 3], [7, 7]]: x^T G = [[1, 1], [2, 3], [1, 1]], added to what the gradient held (all 10)
        float[] gradient = {10, 10, 10, 10, 10, 10};
        product.addWeightGradient(FloatBuffer.wrap(new float[] {1, 1, 2, 3, 7, 7}), FloatBuffer.wrap(gradient));
        assertArrayEquals(new float[] {11, 11, 12, 13, 11, 11}, gradient);
    }

    @Test
    void agreesWithTheDenseProductOverSeveralSlicesRunInParallel() {
        int rows = 96;
        int inputs = 150;
        int units = 2 * 256 + 37;  // two full slices of work and a narrow one
        SplittableRandom rng = new SplittableRandom(3);
        float[] x = new float[rows * inputs];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextDouble() < 0.3 ? 1f : 0f;  // enough set bits x units for the parallel path
        }
        float[] w = new float[inputs * units];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) rng.nextGaussian();
        }
        float[] g = new float[rows * units];
        for (int i = 0; i < g.length; i++) {
            g[i] = (float) rng.nextGaussian();
        }
        SetBitProduct product = SetBitProduct.of(SetBitRows.of(x, inputs), inputs, units);
        float[] out = forward(product, w, rows, units);
        float[] gradient = new float[inputs * units];
        product.addWeightGradient(FloatBuffer.wrap(g), FloatBuffer.wrap(gradient));
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < units; j++) {
                double dense = 0;
                for (int c = 0; c < inputs; c++) {
                    dense += x[r * inputs + c] * w[c * units + j];
                }
                assertEquals(dense, out[r * units + j], 1e-4);
            }
        }
        for (int c = 0; c < inputs; c++) {
            for (int j = 0; j < units; j++) {
                double dense = 0;
                for (int r = 0; r < rows; r++) {
                    dense += x[r * inputs + c] * g[r * units + j];
                }
                assertEquals(dense, gradient[c * units + j], 1e-4);
            }
        }
    }

    @Test
    void weightsAndGradientsHeldInSlicesGiveTheSameNumbersAsRowMajorBuffers() {
        int rows = 96;
        int inputs = 150;
        int units = 2 * 256 + 37;
        SplittableRandom rng = new SplittableRandom(4);
        float[] x = new float[rows * inputs];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextDouble() < 0.3 ? 1f : 0f;
        }
        float[] w = new float[inputs * units];
        float[] g = new float[rows * units];
        float[] previous = new float[inputs * units];
        for (float[] a : new float[][] {w, g, previous}) {
            for (int i = 0; i < a.length; i++) {
                a[i] = (float) rng.nextGaussian();
            }
        }
        SetBitProduct product = SetBitProduct.of(SetBitRows.of(x, inputs), inputs, units);
        float[][] wSlices = WeightSlices.allocate(inputs, units);
        WeightSlices.load(FloatBuffer.wrap(w), wSlices, inputs, units);
        float[] fromSlices = new float[rows * units];
        product.forward(wSlices, FloatBuffer.wrap(fromSlices));
        assertArrayEquals(forward(product, w, rows, units), fromSlices, 0f);
        // added onto a previous gradient, and written over one (as onto zeros)
        float[] added = previous.clone();
        product.addWeightGradient(FloatBuffer.wrap(g), FloatBuffer.wrap(added));
        float[][] gSlices = WeightSlices.allocate(inputs, units);
        WeightSlices.load(FloatBuffer.wrap(previous), gSlices, inputs, units);
        product.addWeightGradient(FloatBuffer.wrap(g), gSlices);
        assertArrayEquals(added, WeightSlices.rowMajor(gSlices, inputs, units), 0f);
        float[] set = new float[inputs * units];
        product.addWeightGradient(FloatBuffer.wrap(g), FloatBuffer.wrap(set));
        product.setWeightGradient(FloatBuffer.wrap(g), gSlices);
        assertArrayEquals(set, WeightSlices.rowMajor(gSlices, inputs, units), 0f);
        // slice by slice: every weight slice is handed over once, with the gradient setWeightGradient writes
        float[][] handed = WeightSlices.allocate(inputs, units);
        int[] times = new int[handed.length];
        product.stepEachSlice(FloatBuffer.wrap(g), wSlices, (i, values, gradient) -> {
            org.junit.jupiter.api.Assertions.assertSame(wSlices[i], values);
            System.arraycopy(gradient, 0, handed[i], 0, gradient.length);
            times[i]++;
        });
        assertArrayEquals(set, WeightSlices.rowMajor(handed, inputs, units), 0f);
        for (int t : times) {
            assertEquals(1, t);
        }
    }

    @Test
    void sumsInAscendingOrderWithTheRoundingOfOneFloatAdditionAtATime() {
        // rows with 0 to 13 bits (sums of four rows a pass, and the ones left over); values of very different sizes,
        // so any other order of the additions would round differently somewhere
        int inputs = 14;
        int units = 40;
        int rows = inputs;
        SplittableRandom rng = new SplittableRandom(11);
        float[] x = new float[rows * inputs];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < r; c++) {
                x[r * inputs + (c * 5 + r) % inputs] = 1f;
            }
        }
        float[] w = new float[inputs * units];
        float[] g = new float[rows * units];
        float[] held = new float[inputs * units];
        for (float[] a : new float[][] {w, g, held}) {
            for (int i = 0; i < a.length; i++) {
                a[i] = (float) (rng.nextGaussian() * Math.pow(10, rng.nextInt(-4, 5)));
            }
        }
        SetBitProduct product = SetBitProduct.of(SetBitRows.of(x, inputs), inputs, units);
        float[] out = forward(product, w, rows, units);
        float[] gradient = held.clone();
        product.addWeightGradient(FloatBuffer.wrap(g), FloatBuffer.wrap(gradient));
        for (int j = 0; j < units; j++) {
            for (int r = 0; r < rows; r++) {
                float sum = 0f;
                for (int c = 0; c < inputs; c++) {
                    if (x[r * inputs + c] == 1f) {
                        sum += w[c * units + j];
                    }
                }
                assertEquals(sum, out[r * units + j], 0f);
            }
            for (int c = 0; c < inputs; c++) {
                float sum = held[c * units + j];
                for (int r = 0; r < rows; r++) {
                    if (x[r * inputs + c] == 1f) {
                        sum += g[r * units + j];
                    }
                }
                assertEquals(sum, gradient[c * units + j], 0f);
            }
        }
    }

    @Test
    void aBitBeyondTheLayersInputsIsRefused() {
        SetBitRows x = new SetBitRows(1, new int[] {0, 1}, new int[] {3});
        assertThrows(IllegalArgumentException.class, () -> SetBitProduct.of(x, 3, 2));
    }
}
