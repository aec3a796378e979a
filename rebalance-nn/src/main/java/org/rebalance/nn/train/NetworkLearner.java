package org.rebalance.nn.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Graphs;
import org.rebalance.core.data.Inputs;
import org.rebalance.core.data.Part;
import org.rebalance.core.image.ImageAugmentation;
import org.rebalance.core.image.ImageSet;
import org.rebalance.core.image.Mixup;
import org.rebalance.core.learn.Cnn1d;
import org.rebalance.core.learn.Cnn2d;
import org.rebalance.core.learn.FitResult;
import org.rebalance.core.learn.Gcn;
import org.rebalance.core.learn.GraphMerge;
import org.rebalance.core.learn.Learner;
import org.rebalance.core.learn.LossSpec;
import org.rebalance.core.learn.Mlp;
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
import org.rebalance.nn.batch.AugmentedImageSource;
import org.rebalance.nn.batch.BatchSource;
import org.rebalance.nn.batch.GraphInput;
import org.rebalance.nn.batch.ImageInput;
import org.rebalance.nn.batch.InputAdapter;
import org.rebalance.nn.batch.InputEncoding;
import org.rebalance.nn.batch.VectorInput;
import org.rebalance.nn.engine.Tensors;
import org.rebalance.nn.loss.ImbalanceLoss;
import org.rebalance.nn.loss.Losses;

/**
 * Trains a network on feature vectors, graphs or images with Adam and class-weighted cross-entropy, in the
 * {@link EpochLoop}: seeded shuffles, batches gathered in native memory, one gradient step per
 * batch, validation after each epoch, the best epoch's weights kept (by the chosen metric at the
 * 0.5 threshold, or by validation loss), and early stopping after {@code patience} epochs without gain.
 */
public final class NetworkLearner<I extends Inputs> implements Learner<I> {
    private final NetworkSpec spec;
    private final TrainingOptions options;
    private final Function<I, InputAdapter<I>> adapters;
    private final TrainingSource<I> trainingSource;

    /** Where the training loop's batches come from; scoring always reads through the adapter alone. */
    @FunctionalInterface
    private interface TrainingSource<I extends Inputs> {
        BatchSource open(InputAdapter<I> adapter, I x, ClassTarget y, NDManager manager, SplittableRandom rng);
    }

    private NetworkLearner(NetworkSpec spec, TrainingOptions options, Function<I, InputAdapter<I>> adapters,
            TrainingSource<I> trainingSource) {
        if (options.replicas() > 1 && options.loss() instanceof org.rebalance.core.learn.LossSpec.Lade) {
            throw new ConfigException("lade's regulariser takes statistics of the whole batch; with replicas each "
                    + "network sees a slice of it: train lade with one replica");
        }
        this.spec = spec;
        this.options = options;
        this.adapters = adapters;
        this.trainingSource = trainingSource;
    }

    private NetworkLearner(NetworkSpec spec, TrainingOptions options, Function<I, InputAdapter<I>> adapters) {
        this(spec, options, adapters, (adapter, x, y, manager, rng) -> adapter.open(x, manager));
    }

    /** A learner for feature vectors (an {@link Mlp}, or a 1-D CNN reading them as signals). */
    public static NetworkLearner<DenseMatrix> forVectors(NetworkSpec spec, TrainingOptions options) {
        if (spec instanceof Cnn2d) {
            throw new ConfigException("the cnn2d network takes images, not feature vectors");
        }
        if (!(spec instanceof Mlp || spec instanceof Cnn1d)) {
            throw new ConfigException("the " + spec.name() + " network takes graphs, not feature vectors");
        }
        if (spec instanceof Cnn1d && options.encoding() == InputEncoding.SPARSE_BINARY) {
            throw new ConfigException("the cnn1d network reads its inputs as signals; sparse-binary input is for the mlp");
        }
        return new NetworkLearner<>(spec, options, x -> {
            if (options.encoding() == InputEncoding.SPARSE_BINARY && !InputEncoding.isSparseBinary(x)) {
                throw new ConfigException("sparse-binary input needs 0/1 features with at most "
                        + "25% ones; these features are not");
            }
            InputEncoding encoding = spec instanceof Mlp ? options.encoding().resolve(x) : InputEncoding.DENSE;
            return new VectorInput(encoding, x.cols());
        });
    }

    /** A learner for graphs (a {@link Gcn}, or a {@link GraphMerge} over graphs that carry fingerprints). */
    public static NetworkLearner<Graphs> forGraphs(NetworkSpec spec, TrainingOptions options) {
        return new NetworkLearner<>(spec, options, g -> graphInput(spec, g));
    }

    /** The input adapter of {@code spec} for graphs laid out like {@code g}. */
    public static GraphInput graphInput(NetworkSpec spec, Graphs g) {
        if (spec instanceof Gcn gcn) {
            return new GraphInput(g.nodeFeatures(), 0, gcn.readout(), gcn.bondTypes() ? g.edgeKinds() : 1);
        }
        if (spec instanceof GraphMerge merge) {
            if (!g.hasGraphFeatures()) {
                throw new ConfigException("the merge network needs a fingerprint with each molecule");
            }
            return new GraphInput(g.nodeFeatures(), g.graphFeatures().cols(), merge.graph().readout(),
                    merge.graph().bondTypes() ? g.edgeKinds() : 1);
        }
        String takes = spec instanceof Cnn2d ? "images" : "feature vectors";
        throw new ConfigException("the " + spec.name() + " network takes " + takes + ", not graphs");
    }

    /**
     * A learner for images (a {@link Cnn2d}). With an {@code augmentation} (null: none) every training
     * batch is augmented anew, by a generator split from the training stream, so one seed gives one
     * result; validation and scoring see the images as they are. With a mixup alpha in the augmentation, each
     * augmented batch is also mixed and the loss mixes the two labels of every example.
     */
    public static NetworkLearner<ImageSet> forImages(NetworkSpec spec, TrainingOptions options,
            ImageAugmentation augmentation) {
        if (!(spec instanceof Cnn2d cnn)) {
            throw new ConfigException("the " + spec.name() + " network does not take images; use cnn2d");
        }
        if (options.encoding() == InputEncoding.SPARSE_BINARY) {
            throw new ConfigException("images are fed dense; sparse-binary input is for 0/1 feature vectors");
        }
        Function<ImageSet, InputAdapter<ImageSet>> adapters = x -> {
            int min = cnn.minimumSize();
            if (x.height() < min || x.width() < min) {
                throw new ConfigException("cnn2d: " + cnn.channels().size() + " pooling steps by " + cnn.pool()
                        + " need images of at least " + min + " x " + min + ", got " + x.height() + " x " + x.width());
            }
            return ImageInput.of(x);
        };
        if (augmentation == null) {
            return new NetworkLearner<>(spec, options, adapters);
        }
        return new NetworkLearner<>(spec, options, adapters, (adapter, x, y, manager, rng) -> {
            adapter.check(x);
            double alpha = augmentation.spec().mixupAlpha();
            return new AugmentedImageSource(x, y, augmentation, alpha > 0 ? new Mixup(alpha) : null, rng.split());
        });
    }

    public NetworkSpec spec() {
        return spec;
    }

    public TrainingOptions options() {
        return options;
    }

    @Override
    public FitResult<I> fit(Dataset<I> train, Dataset<I> valid, ClassWeights weights,
            long seed, ProgressListener progress) {
        Seeds seeds = Seeds.of(seed);
        I x = train.inputs();
        ClassTarget y = train.classTarget();
        InputAdapter<I> adapter = adapters.apply(x);
        NetworkModel<I> model = NetworkModel.create(spec, adapter, y.classCount(), seeds.derive("init"));
        try {
            EpochLoop.Outcome outcome = train(model, x, y, valid, weights, seeds.stream("batches"), progress);
            return new FitResult<>(model, outcome.history(), outcome.bestEpoch());
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    private EpochLoop.Outcome train(NetworkModel<I> model, I x, ClassTarget y, Dataset<I> valid,
            ClassWeights weights, SplittableRandom rng, ProgressListener progress) {
        int n = x.size();
        boolean binary = y.classCount() == 2;
        float[] labels = new float[n];
        float[] exampleWeights = new float[n];
        float[] ones = new float[n];
        for (int i = 0; i < n; i++) {
            labels[i] = y.label(i);
            exampleWeights[i] = (float) weights.of(y.label(i));
            ones[i] = 1f;
        }
        ImbalanceLoss lossFunction = Losses.of(options.loss(), y.counts());
        // LDAM's deferred re-weighting: class weights only from its DRW epoch on
        int reweightFrom = options.loss() instanceof LossSpec.Ldam l ? l.reweightFrom(options.epochs()) : 1;
        Metric selectBy = options.selectBy();
        EpochLoop loop = new EpochLoop(model, EpochLoop.Settings.of(options),
                new EpochLoop.Criterion(selectBy.key(), selectBy.higherIsBetter()));
        try (NDManager data = model.manager().newSubManager()) {
            BatchSource source = trainingSource.open(model.adapter(), x, y, data, rng);
            NDArray allLabels = data.create(labels);
            NDArray classWeighted = data.create(exampleWeights);
            NDArray unweighted = data.create(ones);
            if (!binary) {
                allLabels = allLabels.toType(DataType.INT64, false);
            }
            WeightedBatches batches = new WeightedBatches(source, allLabels,
                    epoch -> epoch >= reweightFrom ? classWeighted : unweighted, lossFunction, binary);
            return loop.run(epoch -> options.batches().epoch(y, rng), batches, epoch -> validate(model, valid),
                    progress);
        }
    }

    /** Validation log loss, and the selection metric at the 0.5 threshold (the log loss again for {@code LOSS}). */
    private EpochLoop.ValidationScore validate(NetworkModel<I> model, Dataset<I> valid) {
        Scores scores = model.score(valid.inputs());
        ClassTarget truth = valid.classTarget();
        double loss = meanLogLoss(truth, scores);
        Metric selectBy = options.selectBy();
        double metric = selectBy == Metric.LOSS ? loss
                : Evaluation.of(Part.VALID, truth, scores, Threshold.DEFAULT).get(selectBy);
        return new EpochLoop.ValidationScore(loss, metric, metric);
    }

    /**
     * Mixup's loss: {@code lambda_i} times the loss of example i's own label plus {@code 1 - lambda_i} times that
     * of its partner's label (with the partner's weight). Both losses are weighted means, so this is the mean of
     * the mixed per-example losses.
     */
    static NDArray mixedLoss(ImbalanceLoss lossFunction, NDArray logits, NDArray yb, NDArray wb,
            Mixup.Batch mix, NDArray allLabels, NDArray allWeights, int[] order, int from, NDManager batch) {
        int b = mix.partner().length;
        long[] partnerRows = new long[b];
        float[] lambda = new float[b];
        float[] rest = new float[b];
        for (int i = 0; i < b; i++) {
            partnerRows[i] = order[from + mix.partner()[i]];
            lambda[i] = (float) mix.lambda()[i];
            rest[i] = 1f - lambda[i];
        }
        NDArray partnerIndex = Tensors.longs(batch, partnerRows);
        NDArray yPartner = allLabels.get(partnerIndex);
        yPartner.attach(batch);
        NDArray wPartner = allWeights.get(partnerIndex);
        wPartner.attach(batch);
        NDArray own = lossFunction.of(logits, yb, wb.mul(Tensors.floats(batch, lambda)));
        return own.add(lossFunction.of(logits, yPartner, wPartner.mul(Tensors.floats(batch, rest))));
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
