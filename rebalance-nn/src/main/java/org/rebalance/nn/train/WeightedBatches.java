package org.rebalance.nn.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.util.function.IntFunction;
import org.rebalance.core.image.Mixup;
import org.rebalance.nn.batch.BatchSource;
import org.rebalance.nn.batch.MixingSource;
import org.rebalance.nn.engine.Tensors;
import org.rebalance.nn.loss.ImbalanceLoss;

/**
 * The training batches of one run, for {@link EpochLoop}: rows gathered from a {@link BatchSource} with
 * their targets and example weights, and their weighted loss. When the source mixes its batches (mixup),
 * the loss mixes the two labels of every example ({@link NetworkLearner#mixedLoss}).
 */
final class WeightedBatches implements EpochLoop.BatchLoss {
    private final BatchSource source;
    private final NDArray targets;
    private final IntFunction<NDArray> weightsOfEpoch;
    private final ImbalanceLoss lossFunction;
    private final boolean oneOutput;

    /**
     * @param targets the target of every row (class labels, or standardised regression targets)
     * @param weightsOfEpoch the example weights of every row in a given epoch
     * @param oneOutput whether the network has one output, flattened from (n, 1) to (n) for the loss
     */
    WeightedBatches(BatchSource source, NDArray targets, IntFunction<NDArray> weightsOfEpoch,
            ImbalanceLoss lossFunction, boolean oneOutput) {
        this.source = source;
        this.targets = targets;
        this.weightsOfEpoch = weightsOfEpoch;
        this.lossFunction = lossFunction;
        this.oneOutput = oneOutput;
    }

    @Override
    public EpochLoop.TrainingBatch gather(int epoch, int[] order, int from, int to, NDManager batch) {
        NDArray weights = weightsOfEpoch.apply(epoch);
        long[] idx = new long[to - from];
        for (int i = from; i < to; i++) {
            idx[i - from] = order[i];
        }
        NDArray index = Tensors.longs(batch, idx);
        NDList in = source.batch(order, from, to, batch);
        NDArray yb = targets.get(index);
        yb.attach(batch);
        NDArray wb = weights.get(index);
        wb.attach(batch);
        Mixup.Batch mix = source instanceof MixingSource m ? m.lastMix() : null;
        return new EpochLoop.TrainingBatch(in, output -> {
            NDArray logits = oneOutput ? output.reshape(-1) : output;
            if (mix == null) {
                return lossFunction.of(logits, yb, wb);
            }
            return NetworkLearner.mixedLoss(lossFunction, logits, yb, wb, mix, targets, weights, order, from, batch);
        });
    }
}
