package org.rebalance.cli.run;

import java.util.random.RandomGenerator;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Graphs;
import org.rebalance.core.data.Inputs;
import org.rebalance.core.image.AugmentSpec;
import org.rebalance.core.image.ImageAugmentation;
import org.rebalance.core.image.ImageSet;
import org.rebalance.core.learn.Learner;
import org.rebalance.core.learn.NetworkSpec;
import org.rebalance.core.resample.GraphResampler;
import org.rebalance.core.resample.ImageResampler;
import org.rebalance.core.resample.Sampler;
import org.rebalance.nn.train.NetworkLearner;
import org.rebalance.nn.train.TrainingOptions;

/**
 * What differs between kinds of model inputs in a run: how the training part is resampled, which learner fits
 * it, and whether on-the-fly augmentation applies (images only).
 */
public interface InputKind<I extends Inputs> {
    /** Feature vectors (tables, fingerprints): any sampler, an MLP or a 1-D CNN. */
    InputKind<DenseMatrix> VECTORS = new InputKind<>() {
        @Override
        public Dataset<DenseMatrix> resample(Sampler sampler, Dataset<DenseMatrix> train, RandomGenerator rng) {
            return sampler.plan(train.inputs(), train.classTarget(), rng).applyTo(train, sampler.name());
        }

        @Override
        public Learner<DenseMatrix> learner(NetworkSpec network, TrainingOptions options, AugmentSpec augment,
                Dataset<DenseMatrix> train) {
            noAugmentation(augment, "feature vectors");
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
        public Learner<Graphs> learner(NetworkSpec network, TrainingOptions options, AugmentSpec augment,
                Dataset<Graphs> train) {
            noAugmentation(augment, "graphs (use perturbed-over for molecules)");
            return NetworkLearner.forGraphs(network, options);
        }
    };

    /** Images: any sampler on pixel vectors, a 2-D CNN, on-the-fly augmentation of training batches. */
    InputKind<ImageSet> IMAGES = new InputKind<>() {
        @Override
        public Dataset<ImageSet> resample(Sampler sampler, Dataset<ImageSet> train, RandomGenerator rng) {
            return ImageResampler.apply(sampler, train, rng);
        }

        @Override
        public Learner<ImageSet> learner(NetworkSpec network, TrainingOptions options, AugmentSpec augment,
                Dataset<ImageSet> train) {
            if (augment.equals(AugmentSpec.NONE)) {
                return NetworkLearner.forImages(network, options, null);
            }
            // uncovered pixels take each channel's darkest training value: black, whatever the normalisation
            return NetworkLearner.forImages(network, options,
                    new ImageAugmentation(augment, train.classTarget().counts(), train.inputs().channelMinima()));
        }
    };

    Dataset<I> resample(Sampler sampler, Dataset<I> train, RandomGenerator rng);

    /**
     * The learner of {@code network} for the (resampled) training part {@code train}, whose class counts decide
     * which classes augmentation targets.
     */
    Learner<I> learner(NetworkSpec network, TrainingOptions options, AugmentSpec augment, Dataset<I> train);

    private static void noAugmentation(AugmentSpec augment, String inputs) {
        if (!augment.equals(AugmentSpec.NONE)) {
            throw new ConfigException("on-the-fly augmentation applies to images, not to " + inputs);
        }
    }
}
