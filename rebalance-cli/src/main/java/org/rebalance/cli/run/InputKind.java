package org.rebalance.cli.run;

import java.util.random.RandomGenerator;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Graphs;
import org.rebalance.core.data.Inputs;
import org.rebalance.core.learn.Learner;
import org.rebalance.core.learn.NetworkSpec;
import org.rebalance.core.resample.GraphResampler;
import org.rebalance.core.resample.Sampler;
import org.rebalance.nn.train.NetworkLearner;
import org.rebalance.nn.train.TrainingOptions;

/** What differs between kinds of model inputs in a run: how the training part is resampled, which learner fits it. */
public interface InputKind<I extends Inputs> {
    /** Feature vectors (tables, fingerprints): any sampler, an MLP. */
    InputKind<DenseMatrix> VECTORS = new InputKind<>() {
        @Override
        public Dataset<DenseMatrix> resample(Sampler sampler, Dataset<DenseMatrix> train, RandomGenerator rng) {
            return sampler.plan(train.inputs(), train.classTarget(), rng).applyTo(train, sampler.name());
        }

        @Override
        public Learner<DenseMatrix> learner(NetworkSpec network, TrainingOptions options) {
            return NetworkLearner.forVectors(network, options);
        }
    };

    /** Graphs (molecules): selection samplers and perturbed over-sampling, a graph network. */
    InputKind<Graphs> GRAPHS = new InputKind<>() {
        @Override
        public Dataset<Graphs> resample(Sampler sampler, Dataset<Graphs> train, RandomGenerator rng) {
            return GraphResampler.apply(sampler, train, rng);
        }

        @Override
        public Learner<Graphs> learner(NetworkSpec network, TrainingOptions options) {
            return NetworkLearner.forGraphs(network, options);
        }
    };

    Dataset<I> resample(Sampler sampler, Dataset<I> train, RandomGenerator rng);

    Learner<I> learner(NetworkSpec network, TrainingOptions options);
}
