package org.rebalance.nn.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.learn.Cnn2d;
import org.rebalance.nn.engine.Engines;

/** The 2-D CNN's layer shapes and parameter counts, plain and residual, and batch norm's two modes. */
class Cnn2dNetworkTest {
    private static long parameters(Block block, boolean trainableOnly) {
        long sum = 0;
        for (Pair<String, Parameter> p : block.getParameters()) {
            if (!trainableOnly || p.getValue().requiresGradient()) {
                sum += p.getValue().getArray().size();
            }
        }
        return sum;
    }

    private static NDArray random(NDManager m, Shape shape, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] v = new float[Math.toIntExact(shape.size())];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) rng.nextDouble();
        }
        return m.create(v, shape);
    }

    @Test
    void plainStagesGiveOneOutputPerImageWithTheExpectedParameters() {
        Block block = Networks.build(new Cnn2d(List.of(4, 8), 3, 2, Cnn2d.Stage.PLAIN, List.of(6), 0.0), 1);
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            Shape in = new Shape(5, 1, 8, 8);
            block.initialize(m, DataType.FLOAT32, in);
            assertArrayEquals(new long[] {5, 1}, block.getOutputShapes(new Shape[] {in})[0].getShape());
            NDArray out = block.forward(new ParameterStore(m, false), new NDList(random(m, in, 1)), false)
                    .singletonOrThrow();
            assertArrayEquals(new long[] {5, 1}, out.getShape().getShape());
            // conv 1->4, 3x3: 4*1*9 + 4 = 40; conv 4->8: 8*4*9 + 8 = 296; linear 8->6: 48 + 6 = 54; 6->1: 7
            assertEquals(40 + 296 + 54 + 7, parameters(block, false));
            assertEquals(397, parameters(block, true));
        }
    }

    @Test
    void channelsLastKeepsTheValuesAndTheNetworkComputesWhatItsLayersComputeOnTheUsualLayout() {
        Block block = Networks.build(new Cnn2d(List.of(4, 8), 3, 2, Cnn2d.Stage.RESIDUAL, List.of(6), 0.0), 3);
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            Shape in = new Shape(5, 3, 9, 8); // three channels: the layout change is a real reordering
            block.initialize(m, DataType.FLOAT32, in);
            ParameterStore store = new ParameterStore(m, false);
            NDArray x = random(m, in, 5);
            List<Block> layers = block.getChildren().values();
            assertTrue(layers.get(0) instanceof ChannelsLast);
            NDArray viewed = layers.get(0).forward(store, new NDList(x), false).singletonOrThrow();
            assertArrayEquals(in.getShape(), viewed.getShape().getShape());
            assertArrayEquals(x.toFloatArray(), viewed.toFloatArray());
            NDList usual = new NDList(x); // every layer after the first, on the (N, C, H, W) layout
            for (Block layer : layers.subList(1, layers.size())) {
                usual = layer.forward(store, usual, false);
            }
            float[] expected = usual.singletonOrThrow().toFloatArray();
            float[] actual = block.forward(store, new NDList(x), false).singletonOrThrow().toFloatArray();
            assertEquals(expected.length, actual.length);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], actual[i], 1e-5 * Math.max(1, Math.abs(expected[i])), "output " + i);
            }
        }
    }

    @Test
    void theGlobalMeanAveragesEachChannelOverItsPositionsAndSharesTheGradientEvenly() {
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            // (N, C, H, W) = (2, 3, 2, 3): value = 100 n + 10 c + position, so channel (n, c) averages 100 n + 10 c + 2.5
            Shape in = new Shape(2, 3, 2, 3);
            float[] v = new float[36];
            for (int i = 0; i < v.length; i++) {
                v[i] = 100 * (i / 18) + 10 * (i / 6 % 3) + i % 6;
            }
            NDArray usual = m.create(v, in);
            NDArray channelsLast = new ChannelsLast().forward(new ParameterStore(m, false), new NDList(usual), false)
                    .singletonOrThrow();
            float[] expected = {2.5f, 12.5f, 22.5f, 102.5f, 112.5f, 122.5f};
            for (NDArray x : new NDArray[] {usual, channelsLast}) {
                NDArray leaf = x.duplicate();
                leaf.setRequiresGradient(true);
                boolean gradMode = JniUtils.isGradMode();
                JniUtils.setGradMode(true);
                try {
                    NDArray mean = Networks.globalMean(new NDList(leaf)).singletonOrThrow();
                    assertArrayEquals(new long[] {2, 3}, mean.getShape().getShape());
                    assertArrayEquals(expected, mean.toFloatArray(), 1e-5f);
                    JniUtils.backward((ai.djl.pytorch.engine.PtNDArray) mean.sum(),
                            (ai.djl.pytorch.engine.PtNDArray) m.ones(new Shape()), false, false);
                } finally {
                    JniUtils.setGradMode(gradMode);
                }
                float[] gradient = leaf.getGradient().toFloatArray();
                for (float g : gradient) {
                    assertEquals(1f / 6, g, 1e-7f);
                }
            }
        }
    }

    @Test
    void channelsLastRefusesInputsThatAreNotImageBatches() {
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            NDArray signals = random(m, new Shape(2, 3, 5), 6);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new ChannelsLast().forward(new ParameterStore(m, false), new NDList(signals), false));
            assertEquals("images come as (N, C, H, W), got (2, 3, 5)", e.getMessage());
        }
    }

    @Test
    void residualStagesProjectTheSkipWhereChannelsChange() {
        Block block = Networks.build(new Cnn2d(List.of(4, 8), 3, 2, Cnn2d.Stage.RESIDUAL, List.of(6), 0.0), 10);
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            Shape in = new Shape(3, 1, 7, 7); // pooling floors: 7 -> 3 -> 1
            block.initialize(m, DataType.FLOAT32, in);
            NDArray out = block.forward(new ParameterStore(m, false), new NDList(random(m, in, 2)), false)
                    .singletonOrThrow();
            assertArrayEquals(new long[] {3, 10}, out.getShape().getShape());
            // stage 1 (1->4): convs 4*1*9 = 36 and 4*4*9 = 144 (no bias), 1x1 projection 4*1 = 4, three batch
            // norms of 4 channels, each gamma + beta (trainable) + running mean + running variance: 3 * 16
            // stage 2 (4->8): convs 8*4*9 = 288 and 8*8*9 = 576, projection 8*4 = 32, three batch norms: 3 * 32
            // head: linear 8->6: 54; linear 6->10: 70
            long stage1 = 36 + 144 + 4 + 3 * 16;
            long stage2 = 288 + 576 + 32 + 3 * 32;
            assertEquals(stage1 + stage2 + 54 + 70, parameters(block, false));
            // running statistics are not trained: 3 * 8 + 3 * 16 fewer
            assertEquals(1348 - 24 - 48, parameters(block, true));
        }
    }

    @Test
    void aResidualBlockKeepsTheInputAsSkipWhenChannelsMatch() {
        ResidualBlock block = new ResidualBlock(4, 3);
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            Shape in = new Shape(2, 4, 6, 5);
            block.initialize(m, DataType.FLOAT32, in);
            assertFalse(block.projects());
            // convs 4*4*9 twice, two batch norms of 4 channels (4 values each of gamma, beta, mean, variance)
            assertEquals(2 * 144 + 2 * 16, parameters(block, false));
            NDArray x = random(m, in, 3);
            NDArray out = block.forward(new ParameterStore(m, false), new NDList(x), false).singletonOrThrow();
            assertArrayEquals(new long[] {2, 4, 6, 5}, out.getShape().getShape());
            assertTrue(out.toType(DataType.FLOAT32, false).min().getFloat() >= 0, "ReLU output");
        }
        ResidualBlock widening = new ResidualBlock(6, 3);
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            widening.initialize(m, DataType.FLOAT32, new Shape(2, 4, 6, 5));
            assertTrue(widening.projects());
        }
    }

    @Test
    void batchNormUsesBatchStatisticsInTrainingAndRunningOnesInInference() {
        ResidualBlock block = new ResidualBlock(4, 3);
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            Shape in = new Shape(4, 4, 5, 5);
            block.initialize(m, DataType.FLOAT32, in);
            ParameterStore store = new ParameterStore(m, false);
            NDArray x = random(m, in, 4);
            float[] before = runningMeans(block);
            float[] inference1 = block.forward(store, new NDList(x), false).singletonOrThrow().toFloatArray();
            float[] inference2 = block.forward(store, new NDList(x), false).singletonOrThrow().toFloatArray();
            assertArrayEquals(inference1, inference2);
            assertArrayEquals(before, runningMeans(block), "inference leaves the running statistics alone");
            boolean previous = JniUtils.isGradMode();
            JniUtils.setGradMode(true);
            float[] training;
            try {
                training = block.forward(store, new NDList(x), true).singletonOrThrow().toFloatArray();
            } finally {
                JniUtils.setGradMode(previous);
            }
            float[] after = runningMeans(block);
            // the running means start at 0 and move 10% of the way to the batch means (not all 0 now)
            assertFalse(java.util.Arrays.equals(before, after));
            float[] inference3 = block.forward(store, new NDList(x), false).singletonOrThrow().toFloatArray();
            assertFalse(java.util.Arrays.equals(training, inference3), "training normalises by the batch");
            assertFalse(java.util.Arrays.equals(inference1, inference3), "inference uses the updated statistics");
        }
    }

    private static float[] runningMeans(Block block) {
        float[] all = new float[0];
        for (Pair<String, Parameter> p : block.getParameters()) {
            if (p.getKey().endsWith("runningMean")) {
                float[] v = p.getValue().getArray().toFloatArray();
                float[] joined = java.util.Arrays.copyOf(all, all.length + v.length);
                System.arraycopy(v, 0, joined, all.length, v.length);
                all = joined;
            }
        }
        assertEquals(8, all.length, "two batch norms of 4 channels");
        return all;
    }
}
