package org.rebalance.nn.train;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import org.rebalance.nn.engine.Tensors;
import java.util.ArrayList;
import java.util.List;

/** A copy, in Java memory, of a block's parameter values at its best epoch so far. */
final class BestWeights {
    private final List<float[]> values = new ArrayList<>();

    void capture(Block block) {
        values.clear();
        for (Pair<String, Parameter> p : block.getParameters()) {
            values.add(p.getValue().getArray().toFloatArray());
        }
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    void restore(Block block) {
        int i = 0;
        for (Pair<String, Parameter> p : block.getParameters()) {
            Tensors.write(p.getValue().getArray(), values.get(i++));
        }
    }
}
