package org.rebalance.nn.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.nn.engine.Engines;

class SeededDropoutTest {
    private static float[] run(SequentialBlock block, boolean training) {
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            float[] ones = new float[20000];
            Arrays.fill(ones, 1f);
            return block.forward(new ParameterStore(m, false), new NDList(m.create(ones, new Shape(100, 200))), training)
                    .singletonOrThrow().toFloatArray();
        }
    }

    private static SequentialBlock net(double rate) {
        SequentialBlock b = new SequentialBlock();
        b.add(new SeededDropout(rate));
        return b;
    }

    @Test
    void dropsAtTheRateAndKeepsTheMean() {
        SequentialBlock b = net(0.25);
        SeededDropout.reseed(b, 7);
        float[] out = run(b, true);
        long zeros = 0;
        double sum = 0;
        for (float v : out) {
            zeros += v == 0f ? 1 : 0;
            sum += v;
            assertEquals(true, v == 0f || Math.abs(v - 1f / 0.75f) < 1e-6);
        }
        assertEquals(0.25, zeros / 20000.0, 0.01);
        assertEquals(1.0, sum / 20000.0, 0.02);
        float[] identity = run(b, false);
        for (float v : identity) {
            assertEquals(1f, v);
        }
    }

    @Test
    void theSameSeedGivesTheSameMasks() {
        SequentialBlock a = net(0.5);
        SequentialBlock b = net(0.5);
        SeededDropout.reseed(a, 3);
        SeededDropout.reseed(b, 3);
        assertArrayEquals(run(a, true), run(b, true));
        SeededDropout.reseed(b, 4);
        SeededDropout.reseed(a, 3);
        assertFalse(Arrays.equals(run(a, true), run(b, true)));
    }

    @Test
    void aValueIsDroppedExactlyWhenItsDrawFromTheBlocksStreamIsBelowTheRate() {
        for (double rate : new double[] {0.2, 0.25, 0.5, 0.9}) {
            SequentialBlock b = net(rate);
            SeededDropout.reseed(b, 11);
            float[] first = run(b, true);
            float[] second = run(b, true); // the next batch continues the same stream
            SplittableRandom stream = new SplittableRandom(11).split(); // as reseed gives the first dropout block
            float keep = 1f / (1f - (float) rate);
            for (float[] out : new float[][] {first, second}) {
                for (int i = 0; i < out.length; i++) {
                    assertEquals(stream.nextFloat() < (float) rate ? 0f : keep, out[i], "rate " + rate + ", value " + i);
                }
            }
        }
    }
}
