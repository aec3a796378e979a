package org.rebalance.cli.run;

import java.nio.file.Path;
import org.rebalance.core.data.csv.TableSpec;
import org.rebalance.core.learn.NetworkSpec;
import org.rebalance.core.metrics.ThresholdRule;
import org.rebalance.core.split.SplitSpec;
import org.rebalance.core.strategy.Strategy;
import org.rebalance.nn.train.TrainingOptions;

/**
 * Everything one training run needs: the data file and how to read it, the per-class counts to draw
 * when imbalance is simulated (empty: use every row), how to split it, the
 * imbalance strategy, the network, the training options, how to choose the decision threshold,
 * and the seed.
 */
public record RunSpec(Path data, TableSpec table, java.util.Map<String, Integer> simulate, SplitSpec split,
        Strategy strategy, NetworkSpec network, TrainingOptions training, ThresholdRule threshold, long seed) {
    public RunSpec {
        simulate = java.util.Map.copyOf(simulate);
    }
}
