package org.rebalance.cli.regression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rebalance.cli.report.MetricsJson;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.learn.EpochRecord;
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
 * Trains and tests one cell of a target-distribution study (a training law, a remedy, a seed) and
 * returns its results line: test metrics of the network and of the mean baseline, errors per target
 * bin, and the learning curve.
 */
final class SignalCell {
    private final NetworkSpec network;
    private final RegressionOptions options;
    private final TargetBins bins;

    SignalCell(NetworkSpec network, RegressionOptions options, TargetBins bins) {
        this.network = network;
        this.options = options;
        this.bins = bins;
    }

    Map<String, Object> run(String law, RegressionRemedy remedy, long seed, Dataset<DenseMatrix> train,
            Dataset<DenseMatrix> valid, Dataset<DenseMatrix> test) {
        double[] trainY = RegressionData.targets(train);
        long start = System.nanoTime();
        RemedyFit trained = RemedyFit.train(network, options, remedy, train, valid,
                Seeds.of(seed).stream("remedy:" + law + ":" + remedy.name()), seed, ProgressListener.NONE);
        RegressionFit<DenseMatrix> fit = trained.fit();
        Dataset<DenseMatrix> adjusted = trained.adjusted();
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] truth = RegressionData.targets(test);
        double[] predicted;
        try (var model = fit.model()) {
            predicted = model.predict(test.inputs());
        }
        double[] baseline = MeanBaseline.fit(trainY).predict(truth.length);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("law", law);
        m.put("remedy", remedy.name());
        m.put("seed", seed);
        m.put("train_size", adjusted.size());
        BinnedErrors binned = BinnedErrors.of(bins, trainY, truth, predicted);
        m.put("test", ErrorsJson.of(RegressionMetrics.of(truth, predicted), binned));
        m.put("baseline", ErrorsJson.of(RegressionMetrics.of(truth, baseline), BinnedErrors.of(bins, trainY, truth, baseline)));
        m.put("bins", ErrorsJson.bins(binned));
        m.put("best_epoch", fit.bestEpoch());
        m.put("epochs_run", fit.history().size());
        m.put("train_seconds", seconds);
        List<Map<String, Object>> curve = new ArrayList<>();
        for (EpochRecord e : fit.history().epochs()) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("epoch", e.epoch());
            point.put("train_loss", MetricsJson.number(e.trainLoss()));
            point.put("valid_mse", MetricsJson.number(e.validLoss()));
            curve.add(point);
        }
        m.put("history", curve);
        return m;
    }
}
