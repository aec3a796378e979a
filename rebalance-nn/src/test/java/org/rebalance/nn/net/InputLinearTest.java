package org.rebalance.nn.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.nn.engine.Engines;

/** The first layer gives the same outputs and weight gradients for dense 0/1 rows and for their set bits. */
class InputLinearTest {
    private static final int ROWS = 6;
    private static final int INPUTS = 9;
    private static final int UNITS = 4;

    /** Two rows of nine: bits 0 and 8, then bit 1. */
    private static final float[] TWO_ROWS = {1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0};

    private static InputLinear initialised(NDManager m) {
        InputLinear layer = new InputLinear(UNITS);
        layer.initialize(m, DataType.FLOAT32, new Shape(1, INPUTS));
        return layer;
    }

    private record Run(float[] output, float[] weightGradient, float[] biasGradient) {
    }

    /** Forward and {@code passes} backward passes of sum(y * r), gradients accumulating as libtorch does. */
    private static Run run(boolean setBits, float[] x, float[] r, int passes) {
        return run(setBits, x, r, passes, false);
    }

    /** With {@code inJava}, the weight gradient is kept in Java and taken after the passes (an empty take first). */
    private static Run run(boolean setBits, float[] x, float[] r, int passes, boolean inJava) {
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            Engines.pytorch().setRandomSeed(5);
            InputLinear layer = new InputLinear(UNITS);
            layer.setInitializer(new NormalInitializer(), Parameter.Type.BIAS);
            layer.initialize(m, DataType.FLOAT32, new Shape(1, INPUTS));
            ParameterStore store = new ParameterStore(m, false);
            if (inJava) {
                layer.hold();
                assertArrayEquals(new float[INPUTS * UNITS], WeightSlices.rowMajor(layer.takeGradient(), INPUTS, UNITS),
                        "zeros before any pass");
            }
            float[] output = null;
            boolean gradMode = JniUtils.isGradMode();
            JniUtils.setGradMode(true);
            try {
                for (int pass = 0; pass < passes; pass++) {
                    NDArray input = setBits ? SetBitRows.of(x, INPUTS).toTensor(m)
                            : m.create(x, new Shape(ROWS, INPUTS));
                    NDArray y = layer.forward(store, new NDList(input), true).singletonOrThrow();
                    output = y.toFloatArray();
                    NDArray loss = y.mul(m.create(r, new Shape(ROWS, UNITS))).sum();
                    JniUtils.backward((PtNDArray) loss, (PtNDArray) loss.onesLike(), false, false);
                    DeferredBackward.completeAll(layer);
                }
            } finally {
                JniUtils.setGradMode(gradMode);
            }
            float[] weightGradient = inJava ? WeightSlices.rowMajor(layer.takeGradient(), INPUTS, UNITS)
                    : layer.getParameters().get("weight").getArray().getGradient().toFloatArray();
            return new Run(output, weightGradient,
                    layer.getParameters().get("bias").getArray().getGradient().toFloatArray());
        }
    }

    @Test
    void setBitsTrainLikeDenseInputs() {
        SplittableRandom rng = new SplittableRandom(11);
        float[] x = new float[ROWS * INPUTS];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextDouble() < 0.3 ? 1f : 0f;
        }
        float[] r = new float[ROWS * UNITS];
        for (int i = 0; i < r.length; i++) {
            r[i] = (float) rng.nextGaussian();
        }
        // one pass: the weight's gradient does not exist before it; two: the second adds to the first
        for (int passes = 1; passes <= 2; passes++) {
            Run dense = run(false, x, r, passes);
            Run bits = run(true, x, r, passes);
            assertArrayEquals(dense.output(), bits.output(), 1e-5f);
            assertArrayEquals(dense.weightGradient(), bits.weightGradient(), 1e-5f);
            assertArrayEquals(dense.biasGradient(), bits.biasGradient(), 1e-5f);
        }
        // kept in Java for the fused step: the same sums, accumulated over passes until taken; dense batches while
        // the weights are held leave their gradient in the tensor, from where the step takes it
        for (int passes = 1; passes <= 2; passes++) {
            assertArrayEquals(run(false, x, r, passes).weightGradient(), run(true, x, r, passes, true).weightGradient(),
                    1e-5f);
            assertArrayEquals(run(false, x, r, passes).weightGradient(), run(false, x, r, passes, true).weightGradient(),
                    1e-6f);
        }
        // and the gradient really is x^T r (the dense run is libtorch's own autograd): spot-check one entry
        Run dense = run(false, x, r, 1);
        float expected = 0;
        for (int row = 0; row < ROWS; row++) {
            expected += x[row * INPUTS + 2] * r[row * UNITS + 1];
        }
        assertArrayEquals(new float[] {expected}, new float[] {dense.weightGradient()[2 * UNITS + 1]}, 1e-5f);
    }

    @Test
    void inferenceOnSetBitsLeavesNothingPending() {
        float[] x = TWO_ROWS;
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            InputLinear layer = initialised(m);
            ParameterStore store = new ParameterStore(m, false);
            float[] dense = layer.forward(store, new NDList(m.create(x, new Shape(2, INPUTS))), false)
                    .singletonOrThrow().toFloatArray();
            float[] bits = layer.forward(store, new NDList(SetBitRows.of(x, INPUTS).toTensor(m)), false)
                    .singletonOrThrow().toFloatArray();
            assertArrayEquals(dense, bits, 1e-6f);
            layer.completeBackward();  // nothing was trained: no gradient is made for the weight
            org.junit.jupiter.api.Assertions.assertNull(JniUtils.getGradient(
                    (PtNDArray) layer.getParameters().get("weight").getArray()));
        }
    }

    @Test
    void aTakenJavaGradientStartsAfresh() {
        float[] x = TWO_ROWS;
        float[] r = {1, 2, 3, 4, 5, 6, 7, 8};
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            InputLinear layer = initialised(m);
            layer.hold();
            ParameterStore store = new ParameterStore(m, false);
            float[][] taken = new float[2][];
            boolean gradMode = JniUtils.isGradMode();
            JniUtils.setGradMode(true);
            try {
                for (int pass = 0; pass < 2; pass++) {
                    NDArray y = layer.forward(store, new NDList(SetBitRows.of(x, INPUTS).toTensor(m)), true)
                            .singletonOrThrow();
                    NDArray loss = y.mul(m.create(r, new Shape(2, UNITS))).sum();
                    JniUtils.backward((PtNDArray) loss, (PtNDArray) loss.onesLike(), false, false);
                    DeferredBackward.completeAll(layer);
                    taken[pass] = WeightSlices.rowMajor(layer.takeGradient(), INPUTS, UNITS);
                }
            } finally {
                JniUtils.setGradMode(gradMode);
            }
            // x row 0 has bits 0 and 8, row 1 bit 1: W rows 0 and 8 get r's first row, W row 1 its second, the
            // others nothing; the second take equals the first (not twice it)
            float[] expected = new float[INPUTS * UNITS];
            System.arraycopy(r, 0, expected, 0, UNITS);
            System.arraycopy(r, 0, expected, 8 * UNITS, UNITS);
            System.arraycopy(r, UNITS, expected, UNITS, UNITS);
            assertArrayEquals(expected, taken[0], 0f);
            assertArrayEquals(taken[0], taken[1], 0f);
            org.junit.jupiter.api.Assertions.assertNull(JniUtils.getGradient(
                    (PtNDArray) layer.getParameters().get("weight").getArray()), "the tensor's gradient is never made");
        }
    }

    @Test
    void aSingleBatchsGradientIsSummedSliceBySliceForTheStep() {
        float[] r = {1, 2, 3, 4, 5, 6, 7, 8};
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            InputLinear layer = initialised(m);
            layer.hold();
            ParameterStore store = new ParameterStore(m, false);
            org.junit.jupiter.api.Assertions.assertFalse(layer.stepEachSlice((i, w, g) -> { }), "nothing waiting");
            boolean gradMode = JniUtils.isGradMode();
            JniUtils.setGradMode(true);
            try {
                NDArray y = layer.forward(store, new NDList(SetBitRows.of(TWO_ROWS, INPUTS).toTensor(m)), true)
                        .singletonOrThrow();
                NDArray loss = y.mul(m.create(r, new Shape(2, UNITS))).sum();
                JniUtils.backward((PtNDArray) loss, (PtNDArray) loss.onesLike(), false, false);
                DeferredBackward.completeAll(layer);
            } finally {
                JniUtils.setGradMode(gradMode);
            }
            float[][] handed = WeightSlices.allocate(INPUTS, UNITS);
            org.junit.jupiter.api.Assertions.assertTrue(layer.stepEachSlice((i, w, g) -> handed[i] = g.clone()));
            // bits 0 and 8 of row 0 get r's first row, bit 1 of row 1 its second, the other rows zeros
            float[] expected = new float[INPUTS * UNITS];
            System.arraycopy(r, 0, expected, 0, UNITS);
            System.arraycopy(r, 0, expected, 8 * UNITS, UNITS);
            System.arraycopy(r, UNITS, expected, UNITS, UNITS);
            assertArrayEquals(expected, WeightSlices.rowMajor(handed, INPUTS, UNITS), 0f);
            org.junit.jupiter.api.Assertions.assertFalse(layer.stepEachSlice((i, w, g) -> { }), "summed once");
            assertArrayEquals(new float[INPUTS * UNITS], WeightSlices.rowMajor(layer.takeGradient(), INPUTS, UNITS));
        }
    }

    @Test
    void aBatchClosedBeforeTheStepTookItsGradientIsAnError() {
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            InputLinear layer = initialised(m);
            layer.hold();
            ParameterStore store = new ParameterStore(m, false);
            boolean gradMode = JniUtils.isGradMode();
            JniUtils.setGradMode(true);
            try (NDManager batch = m.newSubManager()) {
                NDArray y = layer.forward(store, new NDList(SetBitRows.of(TWO_ROWS, INPUTS).toTensor(batch)), true)
                        .singletonOrThrow();
                NDArray loss = y.sum();
                JniUtils.backward((PtNDArray) loss, (PtNDArray) loss.onesLike(), false, false);
                DeferredBackward.completeAll(layer);
            } finally {
                JniUtils.setGradMode(gradMode);
            }
            org.junit.jupiter.api.Assertions.assertFalse(layer.stepEachSlice((i, w, g) -> { }));
            IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    layer::takeGradient);
            org.junit.jupiter.api.Assertions.assertEquals(
                    "a batch was closed before the step took its weight gradient", e.getMessage());
        }
    }

    @Test
    void heldWeightsAreWhatTheSetBitProductReadsAndReachTheTensorWhenWrittenBack() {
        float[] x = TWO_ROWS;
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            InputLinear layer = initialised(m);
            ParameterStore store = new ParameterStore(m, false);
            NDArray tensor = layer.getParameters().get("weight").getArray();
            float[] before = tensor.toFloatArray();
            layer.hold();
            assertArrayEquals(before, WeightSlices.rowMajor(layer.values(), INPUTS, UNITS), 0f);
            // a step changes W[8][1] (row 0's bit 8) where it is held: the set bits see it, the tensor not yet
            layer.values()[8][1] += 1f;
            layer.valuesChanged();
            float[] bits = layer.forward(store, new NDList(SetBitRows.of(x, INPUTS).toTensor(m)), false)
                    .singletonOrThrow().toFloatArray();
            assertArrayEquals(before, tensor.toFloatArray(), 0f);
            // the dense product reads the tensor, which is brought up to date first: the same outputs
            float[] dense = layer.forward(store, new NDList(m.create(x, new Shape(2, INPUTS))), false)
                    .singletonOrThrow().toFloatArray();
            assertArrayEquals(dense, bits, 1e-6f);
            float[] after = tensor.toFloatArray();
            org.junit.jupiter.api.Assertions.assertEquals(before[8 * UNITS + 1] + 1f, after[8 * UNITS + 1], 0f);
            // released, the tensor holds the values and the layer no longer holds any
            layer.values()[0][0] += 2f;
            layer.valuesChanged();
            layer.release();
            org.junit.jupiter.api.Assertions.assertNull(layer.values());
            org.junit.jupiter.api.Assertions.assertEquals(before[0] + 2f, tensor.toFloatArray()[0], 0f);
        }
    }
}
