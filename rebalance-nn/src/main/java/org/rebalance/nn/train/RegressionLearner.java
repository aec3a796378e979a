package org.rebalance.nn.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.rebalance.core.ConfigException;
import org.rebalance.core.batch.BatchPolicy;
import org.rebalance.core.batch.BatchPolicy.Replacement;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.learn.Cnn1d;
import org.rebalance.core.learn.Mlp;
import org.rebalance.core.learn.NetworkSpec;
import org.rebalance.core.regression.RegressionMetrics;
import org.rebalance.core.regression.TargetBinnedLabels;
import org.rebalance.core.util.ProgressListener;
import org.rebalance.core.util.Seeds;
import org.rebalance.nn.batch.BatchSource;
import org.rebalance.nn.batch.InputEncoding;
import org.rebalance.nn.batch.VectorInput;
import org.rebalance.nn.loss.RegressionLossFunction;

/**
 * Trains a network with one output on real-valued targets: targets standardised with the training
 * part's mean and standard deviation, Adam, an optionally example-weighted loss ({@link RegressionOptions}),
 * validation mean squared error after each epoch (in the target's units), the best epoch's weights kept
 * and early stopping after {@code patience} epochs without gain, in the {@link EpochLoop} it shares with
 * {@link NetworkLearner}. Feature vectors feed an {@link Mlp}, or a {@link Cnn1d} that reads each vector
 * as a one-channel signal.
 */
public final class RegressionLearner {
    private static final EpochLoop.Criterion BY_MSE = new EpochLoop.Criterion("mse", false);

    private final NetworkSpec spec;
    private final RegressionOptions options;

    public RegressionLearner(NetworkSpec spec, RegressionOptions options) {
        if (!(spec instanceof Mlp || spec instanceof Cnn1d)) {
            throw new ConfigException("regression takes feature vectors: use mlp or cnn1d, not " + spec.name());
        }
        this.spec = spec;
        this.options = options;
    }

    public NetworkSpec spec() {
        return spec;
    }

    public RegressionOptions options() {
        return options;
    }

    /**
     * @param train training part (already resampled, e.g. by SMOGN) with a {@link RegressionTarget}
     * @param valid validation part, for model selection only
     * @param exampleWeights one weight per training example (LDS, DenseWeight), or null for unit weights
     */
    public RegressionFit<DenseMatrix> fit(Dataset<DenseMatrix> train, Dataset<DenseMatrix> valid,
            double[] exampleWeights, long seed, ProgressListener progress) {
        DenseMatrix x = train.inputs();
        double[] y = train.regressionTarget().values();
        double[] validY = valid.regressionTarget().values();
        if (exampleWeights != null && exampleWeights.length != y.length) {
            throw new IllegalArgumentException(exampleWeights.length + " example weights for " + y.length + " examples");
        }
        if (spec instanceof Cnn1d cnn && x.cols() < cnn.minimumLength()) {
            throw new ConfigException("cnn1d: signals of length " + x.cols() + " are too short for "
                    + cnn.channels().size() + " pooling steps of " + cnn.pool() + " (need >= " + cnn.minimumLength() + ")");
        }
        double mean = Arrays.stream(y).average().orElse(0);
        double sd = Math.sqrt(Arrays.stream(y).map(v -> (v - mean) * (v - mean)).average().orElse(0));
        double scale = sd > 0 ? sd : 1;
        Seeds seeds = Seeds.of(seed);
        // an mlp on fingerprint bits takes their set bits, as the classifier does (InputEncoding.AUTO)
        VectorInput adapter = new VectorInput(spec instanceof Mlp ? InputEncoding.AUTO.resolve(x) : InputEncoding.DENSE,
                x.cols());
        NetworkModel<DenseMatrix> network = NetworkModel.create(spec, adapter, 2, seeds.derive("init"));
        RegressionModel<DenseMatrix> model = new RegressionModel<>(network, mean, scale);
        try {
            EpochLoop.Outcome outcome = train(model, x, y, valid.inputs(), validY, exampleWeights,
                    seeds.stream("batches"), progress);
            return new RegressionFit<>(model, outcome.history(), outcome.bestEpoch());
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    private EpochLoop.Outcome train(RegressionModel<DenseMatrix> model, DenseMatrix x, double[] y,
            DenseMatrix validX, double[] validY, double[] exampleWeights, SplittableRandom rng,
            ProgressListener progress) {
        NetworkModel<DenseMatrix> network = model.network();
        int n = y.length;
        float[] standardised = new float[n];
        float[] weights = new float[n];
        for (int i = 0; i < n; i++) {
            standardised[i] = (float) ((y[i] - model.targetMean()) / model.targetSd());
            weights[i] = exampleWeights == null ? 1f : (float) exampleWeights[i];
        }
        ClassTarget groups = batchGroups(y);
        BatchPolicy batches = options.balancedBins() == 0 ? new BatchPolicy.Shuffled()
                : new BatchPolicy.ClassBalanced(Replacement.WITH, 0);
        EpochLoop loop = new EpochLoop(network, EpochLoop.Settings.of(options), BY_MSE);
        try (NDManager data = network.manager().newSubManager()) {
            BatchSource source = network.adapter().open(x, data);
            NDArray targets = data.create(standardised);
            NDArray weightArray = data.create(weights);
            WeightedBatches batchLoss = new WeightedBatches(source, targets, epoch -> weightArray,
                    new RegressionLossFunction(options.loss()), true);
            return loop.run(epoch -> batches.epoch(groups, rng), batchLoss, epoch -> validate(model, validX, validY),
                    progress);
        }
    }

    /** Validation MSE (recorded as the epoch's validation loss, and the selection value) and MAE. */
    private static EpochLoop.ValidationScore validate(RegressionModel<DenseMatrix> model, DenseMatrix validX,
            double[] validY) {
        RegressionMetrics valid = RegressionMetrics.of(validY, model.predict(validX));
        return new EpochLoop.ValidationScore(valid.mse(), valid.mae(), valid.mse());
    }

    /** Target-bin labels for balanced batches, or one group holding every example. */
    private ClassTarget batchGroups(double[] y) {
        if (options.balancedBins() > 0) {
            return TargetBinnedLabels.of(y, options.balancedBins());
        }
        return new ClassTarget(new int[y.length], ClassNames.of(List.of("all")));
    }
}
