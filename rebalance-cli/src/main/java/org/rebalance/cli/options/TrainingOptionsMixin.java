package org.rebalance.cli.options;

import java.util.List;
import org.rebalance.core.ConfigException;
import org.rebalance.core.batch.BatchPolicy;
import org.rebalance.core.learn.Activation;
import org.rebalance.core.learn.Cnn1d;
import org.rebalance.core.learn.Cnn2d;
import org.rebalance.core.learn.Gcn;
import org.rebalance.core.learn.GraphMerge;
import org.rebalance.core.learn.Readout;
import org.rebalance.core.learn.Mlp;
import org.rebalance.core.learn.NetworkSpec;
import org.rebalance.core.metrics.Metric;
import org.rebalance.core.metrics.ThresholdRule;
import org.rebalance.core.split.DuplicatePolicy;
import org.rebalance.core.split.SplitSpec;
import org.rebalance.nn.batch.InputEncoding;
import org.rebalance.nn.train.AdamKernel;
import org.rebalance.nn.train.TrainingOptions;
import picocli.CommandLine.Option;

/** Network, training, split, threshold and seed options shared by train and demo. */
public final class TrainingOptionsMixin {
    @Option(names = "--model", paramLabel = "NAME",
            description = "Network: mlp (feature vectors, fingerprints), cnn1d (each row read as a signal), cnn2d "
                    + "(images), gcn (graph convolutions on molecules) or merge (gcn + fingerprint branch) (default: "
                    + "mlp; cnn2d with --images).")
    public String model;

    @Option(names = "--hidden", split = ",", paramLabel = "UNITS",
            description = "Hidden layer sizes of the mlp, or of the dense head of the other networks (default: 64,32 "
                    + "for mlp, 128 for gcn/merge, 32 for cnn1d, 64 for cnn2d).")
    public List<Integer> hidden;

    @Option(names = "--dropout", description = "Dropout rate (default: 0.2 for mlp, 0 for gcn/merge).")
    public Double dropout;

    @Option(names = "--conv", split = ",", paramLabel = "UNITS",
            description = "Graph-convolution widths of gcn/merge (default: 64,64,64), or filters of the "
                    + "convolution stages of cnn1d and cnn2d (default: 16,32).")
    public List<Integer> convolutions;

    @Option(names = "--kernel", description = "Convolution width of cnn1d and cnn2d, odd (default: 5 for cnn1d, "
            + "3 for cnn2d).")
    public Integer kernel;

    @Option(names = "--pool", defaultValue = "2",
            description = "Max-pooling window of cnn1d and cnn2d (default: ${DEFAULT-VALUE}).")
    public int pool;

    @Option(names = "--stage", defaultValue = "plain", paramLabel = "KIND",
            description = "cnn2d stages: plain (convolution, ReLU) or residual (ResNet basic blocks) "
                    + "(default: ${DEFAULT-VALUE}).")
    public Cnn2d.Stage stage;

    @Option(names = "--readout", defaultValue = "sum",
            description = "How gcn/merge pool atoms into a molecule: sum, mean or max (default: ${DEFAULT-VALUE}).")
    public String readout;

    @Option(names = "--replicas", paramLabel = "N", defaultValue = "1",
            description = "Data-parallel training: N copies of the network share each batch, each on its own thread "
                    + "with a slice of it (pair with --threads 1; default: ${DEFAULT-VALUE}).")
    public int replicas;

    @Option(names = "--bond-types",
            description = "gcn/merge: a neighbour weight per bond type (single, double, triple, aromatic) instead "
                    + "of one for all bonds.")
    public boolean bondTypes;

    @Option(names = "--fingerprint-branch", split = ",", paramLabel = "UNITS", defaultValue = "256,64",
            description = "Layers of the merge network's fingerprint branch (default: ${DEFAULT-VALUE}).")
    public List<Integer> fingerprintBranch;

    @Option(names = "--activation", defaultValue = "relu",
            description = "relu, leaky-relu, gelu or tanh (default: ${DEFAULT-VALUE}).")
    public String activation;

    @Option(names = "--epochs", defaultValue = "30", description = "Maximum epochs (default: ${DEFAULT-VALUE}).")
    public int epochs;

    @Option(names = "--batch-size", defaultValue = "64", description = "Mini-batch size (default: ${DEFAULT-VALUE}).")
    public int batchSize;

    @Option(names = "--lr", defaultValue = "0.001", description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
    public double learningRate;

    @Option(names = "--patience", defaultValue = "8",
            description = "Stop after this many epochs without a better validation value; 0 = never "
                    + "(default: ${DEFAULT-VALUE}).")
    public int patience;

    @Option(names = "--select-by", defaultValue = "balanced-accuracy", paramLabel = "METRIC",
            description = "Validation metric that picks the best epoch: balanced-accuracy, sensitivity, f1, "
                    + "pr-auc, roc-auc, mcc, loss, ... (default: ${DEFAULT-VALUE}).")
    public String selectBy;

    @Option(names = "--threshold", defaultValue = "0.5", paramLabel = "RULE",
            description = "Decision threshold: a number, max-f1, max-youden or recall>=0.9, chosen on the "
                    + "validation part (default: ${DEFAULT-VALUE}).")
    public String threshold;

    @Option(names = "--split", split = ",", defaultValue = "0.6,0.2,0.2", paramLabel = "FRACTION",
            description = "Train, valid and test fractions (default: ${DEFAULT-VALUE}).")
    public List<Double> split;

    @Option(names = "--duplicates", defaultValue = "group",
            description = "group: identical rows stay in one part (no leakage); ignore (default: ${DEFAULT-VALUE}).")
    public DuplicatePolicy duplicates;

    @Option(names = "--input-encoding", defaultValue = "auto",
            description = "How an mlp takes its inputs: dense, sparse_binary (0/1 features, only the set bits "
                    + "reach the first layer), or auto: sparse_binary for 0/1 features with at most 10% ones "
                    + "(e.g. ECFP fingerprints), else dense (default: ${DEFAULT-VALUE}).")
    public InputEncoding encoding;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    public long seed;

    /** The network asked for; an mlp when --model is not given. */
    public NetworkSpec network() {
        return network(false);
    }

    /** The network asked for; without --model a cnn2d for {@code images}, otherwise an mlp. */
    public NetworkSpec network(boolean images) {
        String name = (model != null ? model : images ? "cnn2d" : "mlp").trim().toLowerCase(java.util.Locale.ROOT);
        if (bondTypes && !name.equals("gcn") && !name.equals("merge")) {
            throw new ConfigException("--bond-types applies to graph networks (--model gcn or merge), not " + name);
        }
        switch (name) {
            case "mlp":
                return new Mlp(hidden == null ? List.of(64, 32) : hidden, dropout == null ? 0.2 : dropout,
                        Activation.parse(activation));
            case "cnn1d":
                return new Cnn1d(convolutions == null ? List.of(16, 32) : convolutions, kernel == null ? 5 : kernel,
                        pool, hidden == null ? List.of(32) : hidden, dropout == null ? 0.0 : dropout);
            case "cnn2d":
                Cnn2d c = Cnn2d.defaults();
                return new Cnn2d(convolutions == null ? c.channels() : convolutions, kernel == null ? c.kernel() : kernel,
                        pool, stage, hidden == null ? c.head() : hidden, dropout == null ? c.dropout() : dropout);
            case "gcn":
                return gcn();
            case "merge":
                return new GraphMerge(gcn(), fingerprintBranch);
            default:
                throw new ConfigException("unknown model \"" + model + "\"; expected one of mlp, cnn1d, cnn2d, gcn, merge");
        }
    }

    private Gcn gcn() {
        return new Gcn(convolutions == null ? List.of(64, 64, 64) : convolutions, Readout.parse(readout), hidden == null ? List.of(128) : hidden,
                dropout == null ? 0.0 : dropout, bondTypes);
    }

    /** Training options with cross-entropy and shuffled epochs; the run sets the strategy's loss and batches. */
    public TrainingOptions training() {
        return new TrainingOptions(epochs, batchSize, learningRate, patience, Metric.parse(selectBy), encoding,
                AdamKernel.FUSED, new BatchPolicy.Shuffled(),
                new org.rebalance.core.learn.LossSpec.CrossEntropy(), replicas);
    }

    public ThresholdRule thresholdRule() {
        return ThresholdRule.parse(threshold);
    }

    public SplitSpec splitSpec() {
        if (split.size() != 3) {
            throw new ConfigException("--split needs three fractions (train,valid,test), got " + split.size());
        }
        return new SplitSpec(split.get(0), split.get(1), split.get(2), duplicates);
    }
}
