package org.rebalance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Table;
import org.rebalance.core.data.csv.CsvReader;
import org.rebalance.core.data.csv.TableSpec;
import org.rebalance.core.learn.Cnn1d;
import org.rebalance.core.learn.EpochRecord;
import org.rebalance.core.regression.RegressionMetrics;
import org.rebalance.core.util.ProgressListener;
import org.rebalance.core.util.Seeds;
import org.rebalance.nn.engine.Engines;
import org.rebalance.nn.train.AdamKernel;
import org.rebalance.nn.train.RegressionFit;
import org.rebalance.nn.train.RegressionLearner;
import org.rebalance.nn.train.RegressionOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rebalance bench-cnn1d}: training speed of the 1-D CNN that {@code bench/reference/torch_cnn1d_bench.py}
 * trains (the {@code cnn1d} defaults, MSE on the standardised target, Adam 1e-3), on the signal data set
 * that script saves. Prints one JSON line like the reference does. Not part of the test suite.
 */
@Command(name = "bench-cnn1d", description = "Benchmark 1-D CNN regression training speed (samples/s) on a saved signal set.")
final class BenchCnn1dCommand implements Callable<Integer> {
    @ParentCommand
    private RebalanceCommand parent;

    @Option(names = "--data", required = true, description = "CSV(.gz) of signals with a target column, e.g. from the reference's --save-data.")
    private Path data;

    @Option(names = "--target", defaultValue = "sigma", description = "Target column (default: ${DEFAULT-VALUE}).")
    private String target;

    @Option(names = "--epochs", defaultValue = "6", description = "Epochs; the first is a warm-up (default: ${DEFAULT-VALUE}).")
    private int epochs;

    @Option(names = "--batch", defaultValue = "64", description = "Batch size (default: ${DEFAULT-VALUE}).")
    private int batch;

    @Option(names = "--threads", defaultValue = "2", description = "Engine threads (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--adam", defaultValue = "fused", description = "fused or djl (default: ${DEFAULT-VALUE}).")
    private AdamKernel adam;

    @Option(names = "--seed", defaultValue = "0", description = "Seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() throws Exception {
        Engines.pytorch(threads);
        Dataset<Table> raw = CsvReader.readRegression(data, TableSpec.of(target));
        // 80/20 like the reference; a sliver of the test side feeds the loop's per-epoch validation
        int n = raw.size();
        int[] order = permutation(n, Seeds.of(seed).stream("split"));
        int trainEnd = (int) (0.8 * n);
        int validEnd = trainEnd + Math.max(1, n / 500);
        Dataset<DenseMatrix> train = BenchCommand.asMatrix(raw, Arrays.copyOfRange(order, 0, trainEnd));
        Dataset<DenseMatrix> valid = BenchCommand.asMatrix(raw, Arrays.copyOfRange(order, trainEnd, validEnd));
        Dataset<DenseMatrix> test = BenchCommand.asMatrix(raw, Arrays.copyOfRange(order, validEnd, n));
        RegressionOptions options = RegressionOptions.defaults().withEpochs(epochs).withBatchSize(batch).withPatience(0)
                .withAdam(adam);
        RegressionFit<DenseMatrix> fit = new RegressionLearner(Cnn1d.defaults(), options)
                .fit(train, valid, null, seed, ProgressListener.NONE);
        double[] seconds = fit.history().epochs().stream().mapToDouble(EpochRecord::seconds).toArray();
        double[] timed = seconds.length > 1 ? Arrays.copyOfRange(seconds, 1, seconds.length) : seconds;
        RegressionMetrics m;
        try (var model = fit.model()) {
            m = RegressionMetrics.of(test.regressionTarget().values(), model.predict(test.inputs()));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("peer", "rebalance (PyTorch " + Engines.pytorch().getVersion() + " via DJL)");
        out.put("adam", adam.name().toLowerCase(java.util.Locale.ROOT));
        out.put("threads", threads);
        out.put("train_samples", train.size());
        out.put("epoch_s", seconds);
        out.put("samples_per_s", train.size() / BenchCommand.median(timed));
        out.put("test_rmse", m.rmse());
        parent.out().println(new ObjectMapper().writeValueAsString(out));
        return 0;
    }

    private static int[] permutation(int n, SplittableRandom rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
