package org.rebalance.nn.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Part;
import org.rebalance.core.learn.EpochRecord;
import org.rebalance.core.learn.FitResult;
import org.rebalance.core.learn.History;
import org.rebalance.core.learn.Learner;
import org.rebalance.core.learn.NetworkSpec;
import org.rebalance.core.metrics.BinaryScores;
import org.rebalance.core.metrics.Evaluation;
import org.rebalance.core.metrics.Metric;
import org.rebalance.core.metrics.MulticlassScores;
import org.rebalance.core.metrics.Scores;
import org.rebalance.core.metrics.Threshold;
import org.rebalance.core.util.ProgressListener;
import org.rebalance.core.util.Seeds;
import org.rebalance.core.weight.ClassWeights;
import org.rebalance.nn.batch.BatchAssembler;
import org.rebalance.nn.batch.InputEncoding;
import org.rebalance.nn.engine.Engines;
import org.rebalance.nn.loss.ImbalanceLoss;
import org.rebalance.nn.loss.Losses;

/**
 * Trains a network on feature vectors with Adam and class-weighted cross-entropy, in a lean epoch
 * loop of our own: seeded shuffles, batches gathered in native memory, one gradient step per
 * batch, validation after each epoch, the best epoch's weights kept (by the chosen metric at the
 * 0.5 threshold, or by validation loss), and early stopping after {@code patience} epochs without gain.
 */
public final class NetworkLearner implements Learner<DenseMatrix> {
    private final NetworkSpec spec;
    private final TrainingOptions options;

    public NetworkLearner(NetworkSpec spec, TrainingOptions options) {
        this.spec = spec;
        this.options = options;
    }

    public NetworkSpec spec() {
        return spec;
    }

    public TrainingOptions options() {
        return options;
    }

    @Override
    public FitResult<DenseMatrix> fit(Dataset<DenseMatrix> train, Dataset<DenseMatrix> valid, ClassWeights weights,
            long seed, ProgressListener progress) {
        Seeds seeds = Seeds.of(seed);
        Engine engine = Engines.pytorch();
        Engines.seed(seeds.derive("init"));
        DenseMatrix x = train.inputs();
        ClassTarget y = train.classTarget();
        int classes = y.classCount();
        InputEncoding encoding = options.encoding();
        if (encoding == InputEncoding.SPARSE_BINARY && !InputEncoding.isSparseBinary(x)) {
            throw new org.rebalance.core.ConfigException("sparse-binary input needs 0/1 features with at most "
                    + "25% ones; these features are not");
        }
        NetworkModel model = NetworkModel.create(spec, encoding, x.cols(), classes);
        try {
            List<EpochRecord> epochs = run(engine, model, x, y, valid, weights, seeds.stream("batches"), progress);
            int best = bestEpoch(epochs);
            return new FitResult<>(model, new History(epochs), best);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    private int bestEpoch(List<EpochRecord> epochs) {
        Selection s = new Selection(options.selectBy());
        for (EpochRecord r : epochs) {
            s.offer(r.epoch(), selectionValue(r));
        }
        return s.bestEpoch();
    }

    private double selectionValue(EpochRecord r) {
        return options.selectBy() == Metric.LOSS ? r.validLoss() : r.validMetric();
    }

    private List<EpochRecord> run(Engine engine, NetworkModel model, DenseMatrix x, ClassTarget y,
            Dataset<DenseMatrix> valid, ClassWeights weights, SplittableRandom rng, ProgressListener progress) {
        int n = x.rows();
        boolean binary = y.classCount() == 2;
        float[] labels = new float[n];
        float[] exampleWeights = new float[n];
        for (int i = 0; i < n; i++) {
            labels[i] = y.label(i);
            exampleWeights[i] = (float) weights.of(y.label(i));
        }
        List<NDArray> params = new ArrayList<>();
        for (Pair<String, Parameter> p : model.block().getParameters()) {
            params.add(p.getValue().getArray());
        }
        ParameterUpdate adam = ParameterUpdate.of(options.adam(), options.learningRate(), params);
        ImbalanceLoss lossFunction = Losses.of(options.loss(), y.counts());
        ParameterStore store = new ParameterStore(model.manager(), false);
        Selection selection = new Selection(options.selectBy());
        BestWeights best = new BestWeights();
        List<EpochRecord> history = new ArrayList<>();
        progress.start("epochs", options.epochs());
        try (NDManager data = model.manager().newSubManager()) {
            BatchAssembler assembler = BatchAssembler.of(x, encoding(model), data);
            NDArray allLabels = data.create(labels);
            NDArray classWeighted = data.create(exampleWeights);
            float[] ones = new float[n];
            java.util.Arrays.fill(ones, 1f);
            NDArray unweighted = data.create(ones);
            // LDAM's deferred re-weighting: class weights only from its DRW epoch on
            int reweightFrom = options.loss() instanceof org.rebalance.core.learn.LossSpec.Ldam l
                    ? l.reweightFrom(options.epochs()) : 1;
            if (!binary) {
                allLabels = allLabels.toType(ai.djl.ndarray.types.DataType.INT64, false);
            }
            for (int epoch = 1; epoch <= options.epochs(); epoch++) {
                int[] order = options.batches().epoch(y, rng);
                NDArray allWeights = epoch >= reweightFrom ? classWeighted : unweighted;
                long start = System.nanoTime();
                double lossSum = 0;
                int batches = 0;
                for (int from = 0; from < order.length; from += options.batchSize()) {
                    int to = Math.min(order.length, from + options.batchSize());
                    double loss = step(engine, model, store, adam, params, lossFunction, assembler, allLabels,
                            allWeights, order, from, to, binary);
                    batches++;
                    if (!Double.isFinite(loss)) {
                        throw new NonFiniteLossException(epoch, batches, loss);
                    }
                    lossSum += loss;
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                Scores validScores = model.score(valid.inputs());
                ClassTarget validTruth = valid.classTarget();
                double validLoss = meanLogLoss(validTruth, validScores);
                double metric = options.selectBy() == Metric.LOSS ? validLoss
                        : Evaluation.of(Part.VALID, validTruth, validScores, Threshold.DEFAULT).get(options.selectBy());
                EpochRecord record = new EpochRecord(epoch, lossSum / batches, validLoss, metric, seconds);
                history.add(record);
                if (selection.offer(epoch, metric)) {
                    best.capture(model.block());
                }
                progress.step(epoch, String.format(java.util.Locale.ROOT, "loss %.4f, valid %s %.4f (best epoch %d)",
                        record.trainLoss(), options.selectBy().key(), metric, selection.bestEpoch()));
                if (options.patience() > 0 && selection.epochsSinceBest() >= options.patience()) {
                    break;
                }
            }
        } finally {
            progress.finish();
        }
        if (!best.isEmpty()) {
            best.restore(model.block());
        }
        return history;
    }

    private static InputEncoding encoding(NetworkModel model) {
        return model.encoding();
    }

    private static double step(Engine engine, NetworkModel model, ParameterStore store, ParameterUpdate adam,
            List<NDArray> params, ImbalanceLoss lossFunction, BatchAssembler assembler, NDArray allLabels, NDArray allWeights, int[] order,
            int from, int to, boolean binary) {
        try (NDManager batch = model.manager().newSubManager()) {
            long[] idx = new long[to - from];
            for (int i = from; i < to; i++) {
                idx[i - from] = order[i];
            }
            NDArray index = batch.create(idx);
            NDArray in = assembler.batch(order, from, to, batch);
            NDArray yb = allLabels.get(index);
            yb.attach(batch);
            NDArray wb = allWeights.get(index);
            wb.attach(batch);
            NDArray loss;
            try (GradientCollector collector = engine.newGradientCollector()) {
                NDArray logits = model.block().forward(store, new NDList(in), true).singletonOrThrow();
                if (binary) {
                    logits = logits.reshape(-1);
                }
                loss = lossFunction.of(logits, yb, wb);
                collector.backward(loss);
            }
            adam.step(params);
            return loss.getFloat();
        }
    }

    /** Mean negative log-likelihood of the true class (probabilities clipped at 1e-12). */
    static double meanLogLoss(ClassTarget truth, Scores scores) {
        double sum = 0;
        int n = truth.size();
        for (int i = 0; i < n; i++) {
            double p;
            if (scores instanceof BinaryScores b) {
                p = truth.label(i) == 1 ? b.positive()[i] : 1 - b.positive()[i];
            } else {
                p = ((MulticlassScores) scores).probabilities()[i][truth.label(i)];
            }
            sum -= Math.log(Math.max(p, 1e-12));
        }
        return n == 0 ? Double.NaN : sum / n;
    }


}
