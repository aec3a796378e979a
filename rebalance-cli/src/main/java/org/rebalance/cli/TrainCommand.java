package org.rebalance.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rebalance.cli.options.CommonOptions;
import org.rebalance.cli.options.DataOptions;
import org.rebalance.cli.options.ImageOptions;
import org.rebalance.core.ConfigException;
import org.rebalance.cli.options.MoleculeOptions;
import org.rebalance.cli.run.InputKind;
import org.rebalance.cli.run.MoleculeData;
import org.rebalance.cli.run.MoleculeSpec;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Graphs;
import org.rebalance.core.learn.Mlp;
import org.rebalance.core.util.ProgressListener;
import org.rebalance.cli.options.StrategyOptions;
import org.rebalance.cli.options.TrainingOptionsMixin;
import org.rebalance.cli.report.RunSummary;
import org.rebalance.cli.run.RunOutput;
import org.rebalance.cli.run.RunPipeline;
import org.rebalance.cli.run.RunResult;
import org.rebalance.cli.run.RunSpec;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import org.rebalance.cli.regression.RegressionData;
import org.rebalance.cli.regression.RegressionRun;
import org.rebalance.core.learn.RegressionLoss;
import org.rebalance.core.regression.RegressionRemedy;
import org.rebalance.nn.train.RegressionOptions;
import org.rebalance.nn.train.TrainingOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rebalance train}: one strategy, one network, results and model bundle in a directory. */
@Command(name = "train", description = "Train a network with an imbalance strategy and save the model bundle.")
final class TrainCommand implements Callable<Integer> {
    @Spec
    private CommandSpec commandSpec;

    @ParentCommand
    private RebalanceCommand parent;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    /** What to train on: a CSV file or images. */
    static final class Source {
        @Option(names = "--data", required = true, paramLabel = "FILE",
                description = "CSV file with a header line (.csv or .csv.gz): a table, or molecules with --smiles.")
        Path data;

        @Option(names = "--images", required = true, paramLabel = "DIR",
                description = "Images instead of a CSV file: a folder of MNIST IDX files (train-images-idx3-ubyte"
                        + "[.gz], ..., t10k-...) or with train/ and test/ folders of one sub-folder of PNG/JPEG images "
                        + "per class; the validation part is drawn from the training images, the test part is the "
                        + "test images. Trains a cnn2d (see docs/images.md).")
        Path images;
    }

    @Mixin
    private DataOptions data;

    @Mixin
    private MoleculeOptions molecules;

    @Mixin
    private ImageOptions images;

    @Mixin
    private StrategyOptions strategy;

    @Mixin
    private TrainingOptionsMixin training;

    @Mixin
    private CommonOptions common;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Directory for the model bundle and metrics.json (replaced if it exists).")
    private Path out;

    @Option(names = "--task", defaultValue = "classification", paramLabel = "TASK",
            description = "classification, or regression: --label (or --target) names a numeric column, --strategy a "
                    + "regression remedy (none, lds, lds-inverse, dense-weight, smoter, smogn, balanced-batches) and "
                    + "--loss mse, l1 or huber; writes metrics.json (default: ${DEFAULT-VALUE}).")
    private Task task;

    /** What the network learns to predict. */
    enum Task { CLASSIFICATION, REGRESSION }

    @Override
    public Integer call() throws java.io.IOException {
        boolean imageInput = source.images != null;
        images.requireImages(imageInput);
        if (imageInput) {
            refuseWithImages();
        }
        if (task == Task.REGRESSION) {
            return regression();
        }
        RunSpec spec = new RunSpec(imageInput ? source.images : source.data, data.tableSpec(), data.simulate(),
                training.splitSpec(), strategy.strategy(), training.network(imageInput), training.training(),
                training.thresholdRule(), training.seed);
        if (molecules.given() && !(spec.network() instanceof Mlp)) {
            Launch.startEngineForGraphs(common);
        } else {
            Launch.startEngine(common);
        }
        PrintStream stdout = parent.out();
        try (RunResult<?> result = run(spec)) {
            stdout.print(RunSummary.of(result));
            RunOutput.write(out, result, imageInput ? null : data.label);
            stdout.println("wrote " + out + " (model bundle and " + RunOutput.METRICS + ")");
        }
        return 0;
    }

    /** Table and molecule options that mean nothing for images are refused rather than ignored. */
    private void refuseWithImages() {
        if (molecules.given()) {
            throw new ConfigException("--images and --smiles are different inputs; give one");
        }
        if (task == Task.REGRESSION) {
            throw new ConfigException("--task regression reads numeric tables; --images is not supported");
        }
        if (data.simulate != null) {
            throw new ConfigException("--simulate draws rows of a table; for images use --long-tail");
        }
        // --label also matches its alias --target
        for (String option : new String[] {"--label", "--drop", "--categorical", "--split", "--duplicates"}) {
            if (commandSpec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new ConfigException(option + " describes a CSV table; images take their classes from "
                        + "their folders and their parts from --valid-per-class and the test images");
            }
        }
    }

    private RunResult<?> run(RunSpec spec) {
        ProgressListener progress = Launch.progress(common, parent.err(), spec.strategy().name());
        if (source.images != null) {
            return RunPipeline.run(spec, images.read(source.images, spec.seed()), InputKind.IMAGES, progress);
        }
        if (!molecules.given()) {
            return RunPipeline.run(spec, progress);
        }
        MoleculeSpec ms = molecules.spec(data.label, spec.network());
        if (spec.network() instanceof Mlp) {
            MoleculeData<DenseMatrix> d = MoleculeData.fingerprints(source.data, ms, spec.simulate(), spec.split(),
                    spec.seed());
            warnInvalid(d);
            return RunPipeline.run(spec, d, InputKind.VECTORS, progress);
        }
        MoleculeData<Graphs> d = MoleculeData.graphs(source.data, ms, spec.simulate(), spec.split(), spec.seed());
        warnInvalid(d);
        return RunPipeline.run(spec, d, InputKind.GRAPHS, progress);
    }

    private void warnInvalid(MoleculeData<?> d) {
        if (!d.invalid().isEmpty()) {
            parent.err().println("warning: " + d.invalid().size() + " invalid SMILES skipped: "
                    + Launch.invalidRows(d.invalid()));
        }
    }

    private int regression() throws java.io.IOException {
        if (molecules.given()) {
            throw new org.rebalance.core.ConfigException("--task regression reads numeric tables; --smiles is not supported");
        }
        RegressionRemedy remedy = RegressionRemedy.parse(strategy.strategy);
        RegressionLoss loss = strategy.loss.equals("cross-entropy") ? RegressionLoss.MSE : RegressionLoss.parse(strategy.loss);
        org.rebalance.core.learn.NetworkSpec network = training.network();
        TrainingOptions t = training.training();
        RegressionOptions options = RegressionOptions.defaults().withEpochs(t.epochs()).withBatchSize(t.batchSize())
                .withLearningRate(t.learningRate()).withPatience(t.patience()).withLoss(loss);
        Launch.startEngine(common);
        RegressionData d = RegressionData.read(source.data, data.tableSpec(), training.splitSpec(), training.seed);
        RegressionRun.run(d, remedy, network, options, training.seed, out, parent.out(),
                Launch.progress(common, parent.err(), remedy.name()));
        return 0;
    }
}
