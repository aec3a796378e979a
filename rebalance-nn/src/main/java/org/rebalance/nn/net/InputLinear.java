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
import java.nio.FloatBuffer;
import org.rebalance.nn.engine.Tensors;

/**
 * The first fully connected layer, {@code y = x W + b} with {@code W} stored inputs x units. It takes
 * dense float inputs, or the set bits of 0/1 inputs ({@link SetBitRows}, an int32 tensor): then the
 * product is summed from the weight rows of the set bits in Java ({@link SetBitProduct}), and in
 * training the weight gradient is added by {@link #completeBackward} after autograd has given the
 * gradient of the product (the bias stays with autograd): into the weight's gradient tensor, or into a
 * Java array when the fused Adam step takes it from there ({@link JavaGradient}).
 */
public final class InputLinear extends AbstractBlock implements DeferredBackward, JavaGradient {
    private static final byte VERSION = 1;

    private final long units;
    private final Parameter weight;
    private final Parameter bias;
    private PendingGradient pending;
    private boolean gradientInJava;
    private float[] javaGradient;      // inputs x units, row-major, when the gradient is kept in Java
    private boolean javaGradientHeld;  // whether javaGradient holds a sum not yet taken

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
            return new NDList(x.dot(w).add(b));
        }
        SetBitRows rows = SetBitRows.fromTensor(x);
        int width = Math.toIntExact(w.getShape().get(0));
        SetBitProduct bits = SetBitProduct.of(rows, width, (int) units);
        NDArray product = x.getManager().create(new Shape(rows.rows(), units), DataType.FLOAT32);
        bits.forward(Tensors.view(w), Tensors.view(product));
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
        if (gradientInJava) {
            if (javaGradient == null) {
                javaGradient = new float[Math.toIntExact(p.weight().size())];
            }
            try (NDArray outputGradient = p.product().getGradient()) {
                FloatBuffer target = FloatBuffer.wrap(javaGradient);
                if (javaGradientHeld) {
                    p.bits().addWeightGradient(Tensors.view(outputGradient), target);
                } else {
                    p.bits().setWeightGradient(Tensors.view(outputGradient), target);
                }
            }
            javaGradientHeld = true;
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
    public NDArray javaGradientParameter() {
        return weight.getArray();
    }

    @Override
    public void keepGradientInJava() {
        gradientInJava = true;
    }

    @Override
    public float[] takeJavaGradient() {
        if (!javaGradientHeld) {
            return null;
        }
        javaGradientHeld = false;
        return javaGradient;
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
