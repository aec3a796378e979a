package org.rebalance.cli.regression;

import java.util.random.RandomGenerator;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.learn.NetworkSpec;
import org.rebalance.core.regression.RegressionRemedy;
import org.rebalance.core.util.ProgressListener;
import org.rebalance.nn.train.RegressionFit;
import org.rebalance.nn.train.RegressionLearner;
import org.rebalance.nn.train.RegressionOptions;

/**
 * A remedy applied to a training part (resampling, example weights, target-binned batches) and the network
 * trained on the result; the validation part is never touched.
 */
record RemedyFit(Dataset<DenseMatrix> adjusted, RegressionFit<DenseMatrix> fit) {
    static RemedyFit train(NetworkSpec network, RegressionOptions options, RegressionRemedy remedy,
            Dataset<DenseMatrix> train, Dataset<DenseMatrix> valid, RandomGenerator remedyRng, long seed,
            ProgressListener progress) {
        Dataset<DenseMatrix> adjusted = remedy.resample(train, remedyRng);
        RegressionFit<DenseMatrix> fit = new RegressionLearner(network, options.withBalancedBins(remedy.balancedBins()))
                .fit(adjusted, valid, remedy.weights(RegressionData.targets(adjusted)), seed, progress);
        return new RemedyFit(adjusted, fit);
    }
}
