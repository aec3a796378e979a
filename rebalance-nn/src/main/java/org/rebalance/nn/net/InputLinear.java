package org.rebalance.nn.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.Arrays;
import org.rebalance.nn.engine.Tensors;

/**
 * The first fully connected layer, {@code y = x W + b} with {@code W} stored inputs x units. It takes
 * dense float inputs, or the set bits of 0/1 inputs ({@link SetBitRows}, an int32 tensor): then the
 * product is summed from the weight rows of the set bits in Java ({@link SetBitProduct}), and in
 * training the weight gradient is added by {@link #completeBackward} after autograd has given the
 * gradient of the product (the bias stays with autograd). Trained by the fused Adam step, the layer holds its
 * weights and their gradient in Java ({@link JavaParameter}, in {@link WeightSlices}), where the product reads
 * them, the gradient is summed and the step updates them; otherwise they live in the weight's tensors.
 */
public final class InputLinear extends AbstractBlock implements DeferredBackward, JavaParameter {
    private static final byte VERSION = 1;

    private final long units;
    private final Parameter weight;
    private final Parameter bias;
    private PendingGradient pending;
    private float[][] heldValues;      // the weights in WeightSlices while held in Java, else null
    private float[][] heldGradient;    // their gradient, same slices
    private boolean gradientHeld;      // whether heldGradient holds a sum not yet taken
    private Waiting waiting;           // a batch's output gradient not summed yet (held mode), or null
    private boolean tensorOutOfDate;   // the held values changed since the tensor was written

    /** The gradient of a batch's product, kept to be summed into the weight gradient when the step asks. */
    private record Waiting(NDArray outputGradient, SetBitProduct bits) {
    }

    /** The product of a training batch of set bits, waiting for its gradient. */
    private record PendingGradient(NDArray product, SetBitProduct bits, NDArray weight) {
    }

    public InputLinear(long units) {
        super(VERSION);
        this.units = units;
        this.weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT).build());
        this.bias = addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray w = store.getValue(weight, x.getDevice(), training);
        NDArray b = store.getValue(bias, x.getDevice(), training);
        if (!SetBitRows.isEncoded(x)) {
            writeBack(); // the dense product reads the tensor
            return new NDList(x.dot(w).add(b));
        }
        SetBitRows rows = SetBitRows.fromTensor(x);
        int width = Math.toIntExact(w.getShape().get(0));
        SetBitProduct bits = SetBitProduct.of(rows, width, (int) units);
        NDArray product = x.getManager().create(new Shape(rows.rows(), units), DataType.FLOAT32);
        if (heldValues != null) {
            bits.forward(heldValues, Tensors.view(product));
        } else {
            bits.forward(Tensors.view(w), Tensors.view(product));
        }
        if (training && w.hasGradient()) {
            product.setRequiresGradient(true);
            pending = new PendingGradient(product, bits, w);
        }
        return new NDList(product.add(b));
    }

    @Override
    public void completeBackward() {
        PendingGradient p = pending;
        pending = null;
        if (p == null || p.product().isReleased()) {
            return; // nothing trained since the last call, or a forward pass whose batch is gone without a backward
        }
        if (heldGradient != null) {
            Waiting batch = new Waiting(p.product().getGradient(), p.bits());
            if (waiting == null && !gradientHeld) {
                waiting = batch; // summed by the step, slice by slice (stepEachSlice), or when taken
                return;
            }
            sumWaiting();
            try (NDArray outputGradient = batch.outputGradient()) {
                batch.bits().addWeightGradient(Tensors.view(outputGradient), heldGradient);
            }
            return;
        }
        PtNDArray existing = JniUtils.getGradient((PtNDArray) p.weight());
        if (existing == null) {
            // the weight took no part in autograd, so libtorch has not made its gradient yet: a backward
            // pass through the weight's sum makes it (all ones), which is then cleared
            boolean gradMode = JniUtils.isGradMode();
            JniUtils.setGradMode(true);
            try (NDArray sum = p.weight().sum(); NDArray seed = sum.onesLike()) {
                JniUtils.backward((PtNDArray) sum, (PtNDArray) seed, false, false);
            } finally {
                JniUtils.setGradMode(gradMode);
            }
            existing = JniUtils.getGradient((PtNDArray) p.weight());
            Tensors.write(existing, new float[Math.toIntExact(existing.size())]);
        }
        try (NDArray gradient = existing; NDArray outputGradient = p.product().getGradient()) {
            p.bits().addWeightGradient(Tensors.view(outputGradient), Tensors.view(gradient));
        }
    }

    @Override
    public NDArray javaParameter() {
        return weight.getArray();
    }

    @Override
    public void hold() {
        int[] shape = weightShape();
        heldValues = WeightSlices.allocate(shape[0], shape[1]);
        WeightSlices.load(Tensors.view(weight.getArray()), heldValues, shape[0], shape[1]);
        heldGradient = WeightSlices.allocate(shape[0], shape[1]);
        gradientHeld = false;
        tensorOutOfDate = false;
    }

    private int[] weightShape() {
        Shape shape = weight.getArray().getShape();
        return new int[] {Math.toIntExact(shape.get(0)), Math.toIntExact(shape.get(1))};
    }

    @Override
    public float[][] values() {
        return heldValues;
    }

    /** Sums a waiting batch's gradient into the held gradient (as the first sum, or onto earlier ones). */
    private void sumWaiting() {
        if (waiting == null) {
            return;
        }
        if (waiting.outputGradient().isReleased()) {
            throw new IllegalStateException("a batch was closed before the step took its weight gradient");
        }
        try (NDArray outputGradient = waiting.outputGradient()) {
            if (gradientHeld) {
                waiting.bits().addWeightGradient(Tensors.view(outputGradient), heldGradient);
            } else {
                waiting.bits().setWeightGradient(Tensors.view(outputGradient), heldGradient);
            }
        }
        waiting = null;
        gradientHeld = true;
    }

    @Override
    public boolean stepEachSlice(SliceUpdate update) {
        if (waiting == null || gradientHeld || waiting.outputGradient().isReleased()) {
            return false;
        }
        try (NDArray outputGradient = waiting.outputGradient()) {
            waiting.bits().stepEachSlice(Tensors.view(outputGradient), heldValues, update);
        }
        waiting = null;
        return true;
    }

    @Override
    public float[][] takeGradient() {
        sumWaiting();
        if (!gradientHeld) {
            // no set-bit batch since the last step: the gradient is in the tensor, if anywhere
            int[] shape = weightShape();
            PtNDArray inTensor = JniUtils.getGradient((PtNDArray) weight.getArray());
            if (inTensor == null) {
                for (float[] slice : heldGradient) {
                    Arrays.fill(slice, 0f);
                }
            } else {
                try (NDArray g = inTensor) {
                    WeightSlices.load(Tensors.view(g), heldGradient, shape[0], shape[1]);
                    Tensors.write(g, new float[Math.toIntExact(g.size())]);
                }
            }
        }
        gradientHeld = false;
        return heldGradient;
    }

    @Override
    public void valuesChanged() {
        tensorOutOfDate = true;
    }

    @Override
    public void writeBack() {
        if (heldValues != null && tensorOutOfDate) {
            int[] shape = weightShape();
            WeightSlices.store(heldValues, Tensors.view(weight.getArray()), shape[0], shape[1]);
            tensorOutOfDate = false;
        }
    }

    @Override
    public void release() {
        writeBack();
        heldValues = null;
        heldGradient = null;
        gradientHeld = false;
        waiting = null;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), units)};
    }

    @Override
    protected void prepare(Shape[] inputShapes) {
        long in = inputShapes[0].get(inputShapes[0].dimension() - 1);
        weight.setShape(new Shape(in, units));
        bias.setShape(new Shape(units));
    }
}
