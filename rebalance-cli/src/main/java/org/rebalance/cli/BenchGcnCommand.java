package org.rebalance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rebalance.chem.io.InvalidSmilesPolicy;
import org.rebalance.cli.run.MoleculeData;
import org.rebalance.cli.run.MoleculeSpec;
import org.rebalance.core.data.Graphs;
import org.rebalance.core.data.Part;
import org.rebalance.core.learn.EpochRecord;
import org.rebalance.core.learn.FitResult;
import org.rebalance.core.learn.Gcn;
import org.rebalance.core.metrics.Evaluation;
import org.rebalance.core.metrics.Metric;
import org.rebalance.core.metrics.Threshold;
import org.rebalance.core.split.DuplicatePolicy;
import org.rebalance.core.split.SplitSpec;
import org.rebalance.core.util.ProgressListener;
import org.rebalance.core.weight.ClassWeights;
import org.rebalance.nn.engine.Engines;
import org.rebalance.nn.train.NetworkLearner;
import org.rebalance.nn.train.TrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rebalance bench-gcn}: featurisation time and training speed (molecules/s) of the graph
 * network that {@code shared/ref/torch_gcn_bench.py} trains (3 convolutions of 64, sum readout,
 * dense 128, Adam 1e-3, batch 64, 75 atom features, 80/10/10 split), on a SMILES file. Prints one
 * JSON line like the reference does. Not part of the test suite.
 */
@Command(name = "bench-gcn", description = "Benchmark graph-network featurisation and training speed on a SMILES file.")
final class BenchGcnCommand implements Callable<Integer> {
    @ParentCommand
    private RebalanceCommand parent;

    @Option(names = "--data", required = true, description = "CSV with smiles and label columns.")
    private Path data;

    @Option(names = "--epochs", defaultValue = "6", description = "Epochs; the first is a warm-up (default: ${DEFAULT-VALUE}).")
    private int epochs;

    @Option(names = "--batch", defaultValue = "64", description = "Batch size (default: ${DEFAULT-VALUE}).")
    private int batch;

    @Option(names = "--threads", defaultValue = "1", description = "Engine threads (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--seed", defaultValue = "0", description = "Seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() throws Exception {
        Engines.pytorch(threads);
        MoleculeData<Graphs> d = MoleculeData.graphs(data, new MoleculeSpec("smiles", "label", InvalidSmilesPolicy.SKIP,
                null), Map.of(), new SplitSpec(0.8, 0.1, 0.1, DuplicatePolicy.IGNORE), seed);
        TrainingOptions options = TrainingOptions.defaults().withEpochs(epochs).withPatience(0).withBatchSize(batch)
                .withLearningRate(1e-3);
        FitResult<Graphs> fit = NetworkLearner.forGraphs(Gcn.defaults(), options)
                .fit(d.part(Part.TRAIN), d.part(Part.VALID), ClassWeights.uniform(2), seed, ProgressListener.NONE);
        double[] seconds = fit.history().epochs().stream().mapToDouble(EpochRecord::seconds).toArray();
        double[] timed = seconds.length > 1 ? Arrays.copyOfRange(seconds, 1, seconds.length) : seconds;
        double median = BenchCommand.median(timed);
        Evaluation e;
        try (var model = fit.model()) {
            e = Evaluation.of(Part.TEST, d.part(Part.TEST).classTarget(), model.score(d.part(Part.TEST).inputs()),
                    Threshold.DEFAULT);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("peer", "rebalance (PyTorch " + Engines.pytorch().getVersion() + " via DJL, CDK)");
        out.put("threads", threads);
        out.put("molecules", d.origin().rows() - d.invalid().size());
        out.put("invalid_smiles", d.invalid().size());
        out.put("featurise_s", d.featuriseSeconds());
        out.put("train_molecules", d.part(Part.TRAIN).size());
        out.put("epoch_s", seconds);
        out.put("molecules_per_s", d.part(Part.TRAIN).size() / median);
        out.put("test", Map.of("balanced_accuracy", e.get(Metric.BALANCED_ACCURACY), "roc_auc", e.get(Metric.ROC_AUC)));
        parent.out().println(new ObjectMapper().writeValueAsString(out));
        return 0;
    }
}
