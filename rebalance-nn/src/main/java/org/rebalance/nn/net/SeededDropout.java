package org.rebalance.nn.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import ai.djl.util.PairList;
import java.util.SplittableRandom;
import org.rebalance.nn.engine.Tensors;

/**
 * Inverted dropout whose masks come from the block's own seeded generator instead of the engine's
 * global one: in training each value is zeroed with probability {@code rate} and the rest scaled by
 * 1 / (1 - rate); in inference it is the identity. Networks trained side by side in one process
 * (parallel experiment cells) then draw independent, reproducible masks. {@link #reseed} sets the
 * generators of every such block under a network.
 */
public final class SeededDropout extends AbstractBlock {
    private static final byte VERSION = 1;

    private final float rate;
    private SplittableRandom rng = new SplittableRandom(0);

    public SeededDropout(double rate) {
        super(VERSION);
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("dropout rate must be in [0, 1), got " + rate);
        }
        this.rate = (float) rate;
    }

    /** Seeds every SeededDropout under {@code block}, each from its own stream of {@code seed}. */
    public static void reseed(Block block, long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        walk(block, root);
    }

    private static void walk(Block block, SplittableRandom root) {
        if (block instanceof SeededDropout d) {
            d.rng = root.split();
            return;
        }
        for (Pair<String, Block> child : block.getChildren()) {
            walk(child.getValue(), root);
        }
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        if (!training || rate == 0f) {
            return new NDList(x);
        }
        int n = Math.toIntExact(x.size());
        float[] mask = new float[n];
        float keep = 1f / (1f - rate);
        for (int i = 0; i < n; i++) {
            mask[i] = rng.nextFloat() < rate ? 0f : keep;
        }
        NDArray m = Tensors.floats(x.getManager(), mask, x.getShape());
        return new NDList(x.mul(m));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return inputShapes;
    }
}
