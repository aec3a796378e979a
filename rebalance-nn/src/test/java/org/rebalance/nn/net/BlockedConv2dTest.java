package org.rebalance.nn.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.ParameterList;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.pooling.Pool;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.rebalance.core.learn.Cnn2d;
import org.rebalance.nn.engine.Engines;

/**
 * Convolutions on the blocked layout with the input gradient from the forward kernel compute what DJL's channels-last
 * convolutions compute: outputs and every parameter's gradient (the earlier layers' too, which get theirs through the
 * deferred input gradient), for channel counts below 16 (where oneDNN's blocked backward-data kernel fails on AMD
 * EPYC) and above, odd and even kernels, one and two blocked layers in a row.
 */
class BlockedConv2dTest {
    private static final float TOLERANCE = 2e-4f;

    private static NDArray random(NDManager m, Shape shape, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] v = new float[Math.toIntExact(shape.size())];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (rng.nextDouble() * 2 - 1);
        }
        return m.create(v, shape);
    }

    /** Channels-last input, then per entry of {@code channels} a convolution, 2 x 2 max pooling and ReLU. */
    private static SequentialBlock network(int[] channels, int k, boolean blocked) {
        SequentialBlock net = new SequentialBlock();
        net.add(new ChannelsLast());
        for (int i = 0; i < channels.length; i++) {
            Shape kernel = new Shape(k, k);
            Shape padding = new Shape(k / 2, k / 2);
            net.add(blocked && i > 0 ? BlockedConv2d.of(kernel, channels[i], padding)
                    : Conv2d.builder().setKernelShape(kernel).setFilters(channels[i]).optPadding(padding).build());
            net.add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)));
            net.add(Activation.reluBlock());
        }
        return net;
    }

    /** Copies {@code from}'s parameter values into {@code to}, checking that both name them alike. */
    private static void copyParameters(Block from, Block to) {
        ParameterList source = from.getParameters();
        ParameterList target = to.getParameters();
        assertEquals(source.size(), target.size());
        for (int i = 0; i < source.size(); i++) {
            assertEquals(source.get(i).getKey(), target.get(i).getKey(), "same parameter names (saved bundles load)");
            source.get(i).getValue().getArray().copyTo(target.get(i).getValue().getArray());
        }
    }

    /** The outputs, then every parameter's gradient, after one training pass with a weighted-sum loss. */
    private static List<float[]> trainingPass(Block net, NDManager m, NDArray x, NDArray lossWeights) {
        ParameterStore store = new ParameterStore(m, false);
        boolean previous = JniUtils.isGradMode();
        JniUtils.setGradMode(true);
        List<float[]> out = new ArrayList<>();
        try (NDManager batch = m.newSubManager()) {
            NDArray y = net.forward(store, new NDList(x), true).singletonOrThrow();
            NDArray loss = y.mul(lossWeights).sum();
            JniUtils.backward((PtNDArray) loss, (PtNDArray) loss.onesLike(), false, false);
            DeferredBackward.completeAll(net);
            out.add(y.toFloatArray());
            for (Pair<String, Parameter> p : net.getParameters()) {
                out.add(p.getValue().getArray().getGradient().toFloatArray());
            }
        } finally {
            JniUtils.setGradMode(previous);
        }
        return out;
    }

    private static void assertClose(float[] expected, float[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            float scale = Math.max(1f, Math.abs(expected[i]));
            assertTrue(Math.abs(expected[i] - actual[i]) <= TOLERANCE * scale,
                    what + " [" + i + "]: " + expected[i] + " vs " + actual[i]);
        }
    }

    @ParameterizedTest(name = "{0} images of {1} channels, {2} x {2}, convolutions to {3}, kernel {4}")
    @CsvSource({
        "6, 3, 12, '4 6', 3",
        "5, 2, 16, '6 4 3', 3",
        "8, 1, 14, '16 32', 3",
        "4, 3, 10, '8 5', 5",
        "3, 2, 9, '4 7', 2"
    })
    void blockedConvolutionsMatchChannelsLastOnesValuesAndGradients(int n, int c, int size, String channelList, int k) {
        int[] channels = java.util.Arrays.stream(channelList.split(" ")).mapToInt(Integer::parseInt).toArray();
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            Shape in = new Shape(n, c, size, size);
            Block reference = network(channels, k, false);
            Block blocked = network(channels, k, true);
            reference.initialize(m, DataType.FLOAT32, in);
            blocked.initialize(m, DataType.FLOAT32, in);
            copyParameters(reference, blocked);
            ParameterList from = reference.getParameters();
            NDArray x = random(m, in, 11);
            Shape outShape = reference.getOutputShapes(new Shape[] {in})[0];
            NDArray lossWeights = random(m, outShape, 12);

            List<float[]> expected = trainingPass(reference, m, x, lossWeights);
            List<float[]> actual = trainingPass(blocked, m, x, lossWeights);
            assertClose(expected.get(0), actual.get(0), "output");
            for (int i = 1; i < expected.size(); i++) {
                assertClose(expected.get(i), actual.get(i), "gradient of " + from.get(i - 1).getKey());
            }
            float[] inference = blocked.forward(new ParameterStore(m, false), new NDList(x), false)
                    .singletonOrThrow().toFloatArray();
            assertClose(expected.get(0), inference, "inference output");
        }
    }

    @Test
    void forwardPassesWhoseBatchIsGoneLeaveNothingOwed() {
        int[] channels = {4, 6};
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            Shape in = new Shape(3, 2, 8, 8);
            Block reference = network(channels, 3, false);
            Block blocked = network(channels, 3, true);
            reference.initialize(m, DataType.FLOAT32, in);
            blocked.initialize(m, DataType.FLOAT32, in);
            copyParameters(reference, blocked);
            boolean previous = JniUtils.isGradMode();
            JniUtils.setGradMode(true);
            try {
                for (int i = 0; i < 2; i++) { // two training forward passes, each batch closed without a backward
                    try (NDManager batch = m.newSubManager()) {
                        blocked.forward(new ParameterStore(m, false), new NDList(random(batch, in, 20 + i)), true);
                    }
                }
                DeferredBackward.completeAll(blocked); // nothing to complete, and no error
            } finally {
                JniUtils.setGradMode(previous);
            }
            NDArray x = random(m, in, 4);
            NDArray lossWeights = random(m, reference.getOutputShapes(new Shape[] {in})[0], 5);
            List<float[]> expected = trainingPass(reference, m, x, lossWeights);
            List<float[]> actual = trainingPass(blocked, m, x, lossWeights);
            for (int i = 0; i < expected.size(); i++) {
                assertClose(expected.get(i), actual.get(i), i == 0 ? "output" : "gradient " + i);
            }
        }
    }

    @Test
    void paddingBeyondTheKernelLessOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BlockedConv2d.of(new Shape(3, 3), 4, new Shape(3, 3)));
    }

    @Test
    void theImageNetworkConvolvesEveryPlainStageAfterTheFirstOnTheBlockedLayout() {
        Block block = Networks.build(new Cnn2d(List.of(4, 8, 8), 3, 2, Cnn2d.Stage.PLAIN, List.of(6), 0.0), 1);
        long blockedLayers = block.getChildren().values().stream()
                .filter(b -> b instanceof BlockedConv2d.Conv2d).count();
        assertEquals(2, blockedLayers);
        assertTrue(block.getChildren().values().get(1) instanceof Conv2d);
        assertTrue(!(block.getChildren().values().get(1) instanceof BlockedConv2d.Conv2d));
    }
}
