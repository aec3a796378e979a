package org.rebalance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Part;
import org.rebalance.core.data.Table;
import org.rebalance.core.data.csv.CsvReader;
import org.rebalance.core.data.csv.TableSpec;
import org.rebalance.core.batch.BatchPolicy;
import org.rebalance.core.learn.Activation;
import org.rebalance.core.learn.EpochRecord;
import org.rebalance.core.learn.FitResult;
import org.rebalance.core.learn.Mlp;
import org.rebalance.core.metrics.Evaluation;
import org.rebalance.core.metrics.Metric;
import org.rebalance.core.metrics.Threshold;
import org.rebalance.core.split.Split;
import org.rebalance.core.split.SplitSpec;
import org.rebalance.core.split.DuplicatePolicy;
import org.rebalance.core.split.StratifiedSplitter;
import org.rebalance.core.util.ProgressListener;
import org.rebalance.core.util.Seeds;
import org.rebalance.core.weight.ClassWeights;
import org.rebalance.nn.batch.InputEncoding;
import org.rebalance.nn.engine.Engines;
import org.rebalance.nn.train.NetworkLearner;
import org.rebalance.nn.train.AdamKernel;
import org.rebalance.nn.train.TrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rebalance bench-mlp}: training speed of the MLP that {@code shared/ref/torch_mlp_bench.py}
 * trains (d-512-128-1, ReLU, dropout 0.2, Adam 1e-3, unweighted binary cross-entropy), on the data
 * set that script saves. Prints one JSON line like the reference does. Not part of the test suite.
 */
@Command(name = "bench-mlp", description = "Benchmark MLP training speed (samples/s) on a saved data set.")
final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    private RebalanceCommand parent;

    @Option(names = "--data", required = true, description = "CSV(.gz) with a label column, e.g. from the reference's --save-data.")
    private Path data;

    @Option(names = "--epochs", defaultValue = "6", description = "Epochs; the first is a warm-up (default: ${DEFAULT-VALUE}).")
    private int epochs;

    @Option(names = "--batch", defaultValue = "128", description = "Batch size (default: ${DEFAULT-VALUE}).")
    private int batch;

    @Option(names = "--threads", defaultValue = "2", description = "Engine threads (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--input-encoding", defaultValue = "dense", description = "dense, sparse_binary or auto (default: ${DEFAULT-VALUE}).")
    private InputEncoding encoding;

    @Option(names = "--adam", defaultValue = "fused", description = "fused or djl (default: ${DEFAULT-VALUE}).")
    private AdamKernel adam;

    @Option(names = "--seed", defaultValue = "0", description = "Seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() throws Exception {
        Engines.pytorch(threads);
        long readStart = System.nanoTime();
        Dataset<Table> raw = CsvReader.read(data, TableSpec.of("label"));
        double readSeconds = (System.nanoTime() - readStart) / 1e9;
        // 80/20 like the reference; a 0.2% validation slice of the test side feeds the loop's bookkeeping
        Split split = StratifiedSplitter.split(raw.classTarget(), null,
                new SplitSpec(0.8, 0.002, 0.198, DuplicatePolicy.IGNORE), Seeds.of(seed).stream("split"));
        Dataset<DenseMatrix> train = asMatrix(raw, split.train());
        Dataset<DenseMatrix> valid = asMatrix(raw, split.valid());
        Dataset<DenseMatrix> test = asMatrix(raw, split.test());
        TrainingOptions options = new TrainingOptions(epochs, batch, 1e-3, 0, Metric.LOSS, encoding, adam,
                new BatchPolicy.Shuffled(), new org.rebalance.core.learn.LossSpec.CrossEntropy());
        NetworkLearner<DenseMatrix> learner = NetworkLearner.forVectors(new Mlp(List.of(512, 128), 0.2, Activation.RELU), options);
        // The reading's garbage (the parsed table and its copies, ~0.3 GB here) is collected now, not in a timed
        // epoch: a young collection that met these arrays still alive took 0.1-0.5 s of one epoch in most runs (a
        // JVM pays for it once per run; PyTorch frees as it goes and its reading is outside its timing too).
        raw = null;
        System.gc();
        FitResult<DenseMatrix> fit = learner.fit(train, valid, ClassWeights.uniform(2), seed, ProgressListener.NONE);
        double[] seconds = fit.history().epochs().stream().mapToDouble(EpochRecord::seconds).toArray();
        double[] timed = seconds.length > 1 ? Arrays.copyOfRange(seconds, 1, seconds.length) : seconds;
        double median = median(timed);
        Evaluation e;
        try (var model = fit.model()) {
            e = Evaluation.of(Part.TEST, test.classTarget(), model.score(test.inputs()), Threshold.DEFAULT);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("peer", "rebalance (PyTorch " + Engines.pytorch().getVersion() + " via DJL)");
        out.put("input_encoding", encoding.resolve(train.inputs()).name().toLowerCase(java.util.Locale.ROOT));
        out.put("adam", adam.name().toLowerCase(java.util.Locale.ROOT));
        out.put("threads", threads);
        out.put("train_samples", train.size());
        out.put("read_s", readSeconds);
        out.put("epoch_s", seconds);
        out.put("samples_per_s", train.size() / median);
        out.put("test_roc_auc", e.get(Metric.ROC_AUC));
        parent.out().println(new ObjectMapper().writeValueAsString(out));
        return 0;
    }

    /** The raw values (0/1 bits, as the reference trains on them: no standardisation). */
    static Dataset<DenseMatrix> asMatrix(Dataset<Table> raw, int[] rows) {
        Dataset<Table> part = raw.select(rows);
        List<org.rebalance.core.data.Column> cols = part.inputs().columns();
        int n = part.size();
        double[] values = new double[n * cols.size()];
        List<String> names = new ArrayList<>();
        for (int c = 0; c < cols.size(); c++) {
            double[] v = ((org.rebalance.core.data.NumericColumn) cols.get(c)).values();
            names.add(cols.get(c).name());
            for (int r = 0; r < n; r++) {
                values[r * cols.size() + c] = v[r];
            }
        }
        return new Dataset<>(DenseMatrix.wrap(values, n, new org.rebalance.core.data.Schema(names)), part.target(),
                part.origin());
    }

    /** Median of the values (mean of the middle two for an even count). */
    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }
}
