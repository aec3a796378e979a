package org.rebalance.cli.regression;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.rebalance.cli.report.MetricsJson;
import org.rebalance.cli.run.OutputDir;
import org.rebalance.cli.run.Versions;
import org.rebalance.nn.batch.VectorInput;
import org.rebalance.nn.bundle.BundleManifest;
import org.rebalance.nn.bundle.ModelBundle;
import org.rebalance.nn.bundle.NetworkDescription;
import org.rebalance.nn.bundle.RegressionScale;
import org.rebalance.nn.train.RegressionModel;
import java.time.Instant;
import java.util.List;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Part;
import org.rebalance.core.learn.NetworkSpec;
import org.rebalance.core.regression.BinnedErrors;
import org.rebalance.core.regression.MeanBaseline;
import org.rebalance.core.regression.RegressionMetrics;
import org.rebalance.core.regression.RegressionRemedy;
import org.rebalance.core.regression.TargetBins;
import org.rebalance.core.util.ProgressListener;
import org.rebalance.core.util.Seeds;
import org.rebalance.nn.train.RegressionFit;
import org.rebalance.nn.train.RegressionOptions;

/**
 * {@code train --task regression}: one remedy, one network, on a CSV file with a numeric target; prints the
 * errors of every part beside the mean baseline's, and writes {@code metrics.json} (overall errors, errors
 * per target bin with their shot regions, the learning curve).
 */
public final class RegressionRun {
    private static final int BINS = 10;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RegressionRun() {
    }

    public static void run(RegressionData data, RegressionRemedy remedy, NetworkSpec network, RegressionOptions options,
            long seed, Path out, PrintStream stdout, ProgressListener progress) throws IOException {
        Dataset<DenseMatrix> train = data.part(Part.TRAIN);
        double[] trainY = RegressionData.targets(train);
        RemedyFit trained = RemedyFit.train(network, options, remedy, train, data.part(Part.VALID),
                Seeds.of(seed).stream("remedy"), seed, progress);
        Dataset<DenseMatrix> adjusted = trained.adjusted();
        RegressionFit<DenseMatrix> fit = trained.fit();
        TargetBins bins = TargetBins.covering(trainY, BINS);
        MeanBaseline baseline = MeanBaseline.fit(trainY);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("task", "regression");
        metrics.put("data", data.origin().file());
        metrics.put("remedy", remedy.name());
        metrics.put("network", network.name());
        metrics.put("seed", seed);
        metrics.put("train_size_after_remedy", adjusted.size());
        metrics.put("baseline_mean", baseline.value());
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-6s %8s %8s %8s %8s %13s %12s%n", "part",
                "MSE", "RMSE", "MAE", "R²", "balanced MSE", "baseline MSE"));
        try (var model = fit.model(); OutputDir dir = OutputDir.create(out)) {
            for (Part part : Part.values()) {
                Dataset<DenseMatrix> d = data.part(part);
                double[] truth = RegressionData.targets(d);
                double[] predicted = model.predict(d.inputs());
                double[] base = baseline.predict(truth.length);
                RegressionMetrics r = RegressionMetrics.of(truth, predicted);
                BinnedErrors binned = BinnedErrors.of(bins, trainY, truth, predicted);
                RegressionMetrics baseMetrics = RegressionMetrics.of(truth, base);
                Map<String, Object> m = ErrorsJson.of(r, binned);
                m.put("baseline", ErrorsJson.of(baseMetrics, BinnedErrors.of(bins, trainY, truth, base)));
                m.put("bins", ErrorsJson.bins(binned));
                metrics.put(part.name().toLowerCase(Locale.ROOT), m);
                table.append(String.format(Locale.ROOT, "%-6s %8.4f %8.4f %8.4f %8.4f %13.4f %12.4f%n",
                        part.name().toLowerCase(Locale.ROOT), r.mse(), r.rmse(), r.mae(), r.r2(), binned.balancedMse(),
                        baseMetrics.mse()));
            }
            metrics.put("best_epoch", fit.bestEpoch());
            metrics.put("history", fit.history().epochs().stream().map(e -> Map.of("epoch", e.epoch(),
                    "train_loss", MetricsJson.number(e.trainLoss()), "valid_mse", MetricsJson.number(e.validLoss())))
                    .toList());
            JSON.writeValue(dir.resolve("metrics.json").toFile(), metrics);
            ModelBundle.write(dir.directory(), manifest(data, remedy, network, seed, model, trainY.length, adjusted.size()),
                    model.network());
            dir.commit();
        }
        stdout.print(table);
        stdout.println("best epoch " + fit.bestEpoch() + "; wrote " + out + " (model bundle and metrics.json)");
    }

    private static BundleManifest manifest(RegressionData data, RegressionRemedy remedy, NetworkSpec network, long seed,
            RegressionModel<DenseMatrix> model, int trainSize, int adjustedSize) {
        int inputs = data.part(Part.TRAIN).inputs().cols();
        String encoding = ((VectorInput) model.network().adapter()).encoding().name();
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("task", "regression");
        options.put("remedy", remedy.name());
        options.put("train_size", trainSize);
        options.put("train_size_after_remedy", adjustedSize);
        return new BundleManifest(BundleManifest.FORMAT_VERSION, Instant.now().toString(), Versions.all(),
                NetworkDescription.of(network), encoding, inputs, data.targetColumn(), List.of(),
                data.preprocessor().state(), Double.NaN, "none", remedy.name(), options, seed, data.origin(),
                new int[0], new int[0], new double[0], new double[0], null,
                new RegressionScale(model.targetMean(), model.targetSd()), null);
    }
}
