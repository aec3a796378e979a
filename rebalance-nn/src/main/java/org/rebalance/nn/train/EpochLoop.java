package org.rebalance.nn.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.rebalance.core.learn.EpochRecord;
import org.rebalance.core.learn.History;
import org.rebalance.core.util.ProgressListener;
import org.rebalance.nn.net.DeferredBackward;
import org.rebalance.nn.net.JavaParameter;

/**
 * The epoch loop shared by {@link NetworkLearner} and {@link RegressionLearner}. Each epoch takes one
 * Adam step per batch of the epoch's row order (a loss that is not finite stops training, naming epoch
 * and batch), then scores the validation part; the best epoch's weights are kept (ties keep the earlier
 * epoch) and restored at the end, and training stops after {@code patience} epochs without gain (0:
 * never). What differs between the learners comes in as small interfaces: the rows an epoch visits, how
 * a batch's loss is computed, how an epoch is scored, and which way is better.
 */
final class EpochLoop {
    /** How long and how fast to train: epochs, batch size, early-stopping patience and the Adam step. */
    record Settings(int epochs, int batchSize, int patience, AdamKernel adam, double learningRate, int replicas) {
        static Settings of(TrainingOptions o) {
            return new Settings(o.epochs(), o.batchSize(), o.patience(), o.adam(), o.learningRate(), o.replicas());
        }

        static Settings of(RegressionOptions o) {
            return new Settings(o.epochs(), o.batchSize(), o.patience(), o.adam(), o.learningRate(), 1);
        }
    }

    /** What the best epoch is chosen by: its name in progress messages and which way is better. */
    record Criterion(String name, boolean higherIsBetter) {
    }

    /** The rows an epoch visits, in order. */
    @FunctionalInterface
    interface EpochOrder {
        int[] rows(int epoch);
    }

    /** Gathers the batch of rows {@code order[from, to)} of an epoch, its arrays attached to {@code batch}. */
    @FunctionalInterface
    interface BatchLoss {
        TrainingBatch gather(int epoch, int[] order, int from, int to, NDManager batch);
    }

    /** One gathered batch: the network's inputs, and its loss as a function of the network's output. */
    record TrainingBatch(NDList inputs, UnaryOperator<NDArray> lossOfOutput) {
    }

    /** Scores the network on the validation part after an epoch. */
    @FunctionalInterface
    interface Validation {
        ValidationScore score(int epoch);
    }

    /** An epoch's validation loss and metric, as recorded in its {@link EpochRecord}, and the value selection compares. */
    record ValidationScore(double loss, double metric, double selected) {
    }

    /** The per-epoch history and the best epoch (1-based), whose weights the network holds again. */
    record Outcome(History history, int bestEpoch) {
    }

    private final NetworkModel<?> model;
    private final Settings settings;
    private final Criterion criterion;

    EpochLoop(NetworkModel<?> model, Settings settings, Criterion criterion) {
        this.model = model;
        this.settings = settings;
        this.criterion = criterion;
    }

    /** Trains {@code model} epoch by epoch, reporting each epoch to {@code progress}. */
    Outcome run(EpochOrder epochOrder, BatchLoss batchLoss, Validation validation, ProgressListener progress) {
        Block block = model.block();
        List<NDArray> params = trainableParameters(block);
        // one network: a gradient computed in Java may stay there for the fused step; replicas combine tensors
        ParameterUpdate adam = ParameterUpdate.of(settings.adam(), settings.learningRate(), params,
                settings.replicas() > 1 ? null : block);
        ParameterStore store = new ParameterStore(model.manager(), false);
        try (Replicas replicas = settings.replicas() > 1 ? new Replicas(model, settings.replicas()) : null) {
            return epochs(block, params, adam, store, replicas, epochOrder, batchLoss, validation, progress);
        }
    }

    private Outcome epochs(Block block, List<NDArray> params, ParameterUpdate adam, ParameterStore store,
            Replicas replicas, EpochOrder epochOrder, BatchLoss batchLoss, Validation validation,
            ProgressListener progress) {
        Selection selection = new Selection(criterion.higherIsBetter());
        BestWeights best = new BestWeights();
        List<EpochRecord> history = new ArrayList<>();
        progress.start("epochs", settings.epochs());
        try {
            for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
                int[] order = epochOrder.rows(epoch);
                long start = System.nanoTime();
                double lossSum = 0;
                int batches = 0;
                for (int from = 0; from < order.length; from += settings.batchSize()) {
                    int to = Math.min(order.length, from + settings.batchSize());
                    double loss = replicas == null ? step(store, adam, params, batchLoss, epoch, order, from, to)
                            : replicas.step(store, adam, params, batchLoss, epoch, order, from, to);
                    batches++;
                    if (!Double.isFinite(loss)) {
                        throw new NonFiniteLossException(epoch, batches, loss);
                    }
                    lossSum += loss;
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                JavaParameter.writeBackAll(block); // validation, and the best weights' copy, read the tensors
                ValidationScore score = validation.score(epoch);
                EpochRecord record = new EpochRecord(epoch, lossSum / batches, score.loss(), score.metric(), seconds);
                history.add(record);
                if (selection.offer(epoch, score.selected())) {
                    best.capture(block);
                }
                progress.step(epoch, String.format(Locale.ROOT, "loss %.4f, valid %s %.4f (best epoch %d)",
                        record.trainLoss(), criterion.name(), score.selected(), selection.bestEpoch()));
                if (settings.patience() > 0 && selection.epochsSinceBest() >= settings.patience()) {
                    break;
                }
            }
        } finally {
            JavaParameter.releaseAll(block); // before the best weights are put back into the tensors
            progress.finish();
        }
        if (!best.isEmpty()) {
            best.restore(block);
        }
        return new Outcome(new History(history), selection.bestEpoch());
    }

    /** The parameters Adam steps: all but those without gradients (batch norm's running statistics). */
    static List<NDArray> trainableParameters(Block block) {
        List<NDArray> params = new ArrayList<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            if (p.getValue().requiresGradient()) {
                params.add(p.getValue().getArray());
            }
        }
        return params;
    }

    /** One gradient step on one batch; returns the batch's loss. */
    private double step(ParameterStore store, ParameterUpdate adam, List<NDArray> params, BatchLoss batchLoss,
            int epoch, int[] order, int from, int to) {
        try (NDManager batch = model.manager().newSubManager()) {
            double loss = forwardBackward(model.block(), store, batchLoss.gather(epoch, order, from, to, batch), batch);
            adam.step(params);
            return loss;
        }
    }

    /** The network's loss on a gathered batch, its gradients left in the parameters' gradient arrays. */
    static double forwardBackward(Block block, ParameterStore store, TrainingBatch gathered, NDManager batch) {
        // libtorch's grad mode is per thread; DJL's GradientCollector allows one in the whole JVM,
        // which would forbid training networks side by side (parallel experiment cells)
        boolean previous = JniUtils.isGradMode();
        JniUtils.setGradMode(true);
        try {
            NDArray output = block.forward(store, gathered.inputs(), true).singletonOrThrow();
            NDArray loss = gathered.lossOfOutput().apply(output);
            NDArray seed = batch.ones(loss.getShape(), loss.getDataType());
            JniUtils.backward((PtNDArray) loss, (PtNDArray) seed, false, false);
            DeferredBackward.completeAll(block);
            return loss.getFloat();
        } finally {
            JniUtils.setGradMode(previous);
        }
    }
}
