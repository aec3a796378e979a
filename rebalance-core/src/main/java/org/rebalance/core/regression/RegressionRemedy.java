package org.rebalance.core.regression;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;

/**
 * A remedy for imbalanced regression, named as on the command line and in study files: it may resample
 * the training part (SMOTER, SMOGN), weight its examples (LDS, DenseWeight) or draw batches evenly over
 * target bins. Defaults follow the papers' own code: {@code lds} weights by 1 / sqrt(smoothed density) (their
 * default), {@code lds-inverse} by 1 / smoothed density; SMOTER and SMOGN use k = 5, relevance threshold 0.5 and
 * double the rare set.
 */
public sealed interface RegressionRemedy {
    /** Kebab-case name. */
    String name();

    /** The training part after resampling (the part itself for remedies that do not resample). */
    default Dataset<DenseMatrix> resample(Dataset<DenseMatrix> train, RandomGenerator rng) {
        return train;
    }

    /** One weight per training example, or null for unit weights. */
    default double[] weights(double[] trainTargets) {
        return null;
    }

    /** Target bins the batches are balanced over; 0 for shuffled batches. */
    default int balancedBins() {
        return 0;
    }

    /** Histogram bins of the LDS remedies over the training targets' range. */
    int LDS_BINS = 100;

    /** The names {@link #parse} accepts. */
    List<String> NAMES = List.of("none", "lds", "lds-inverse", "dense-weight", "smoter", "smogn", "balanced-batches");

    /** The remedy named {@code text}. */
    static RegressionRemedy parse(String text) {
        String name = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        switch (name) {
            case "none":
                return new NoRemedy();
            case "lds":
                return new LdsReweighting(new LdsWeights(LDS_BINS, 5, 2, LdsWeights.Reweight.SQRT_INVERSE), name);
            case "lds-inverse":
                return new LdsReweighting(new LdsWeights(LDS_BINS, 5, 2, LdsWeights.Reweight.INVERSE), name);
            case "dense-weight":
                return new DenseReweighting(new DenseWeight(1.0));
            case "smoter":
                return new Resampled(new Smoter(), name);
            case "smogn":
                return new Resampled(new Smogn(), name);
            case "balanced-batches":
                return new BinnedBatches(10);
            default:
                throw new ConfigException("unknown regression remedy \"" + text + "\"; choose one of "
                        + String.join(", ", NAMES));
        }
    }

    /** Plain training. */
    record NoRemedy() implements RegressionRemedy {
        @Override
        public String name() {
            return "none";
        }
    }

    /** Label distribution smoothing weights (Yang et al. 2021). */
    record LdsReweighting(LdsWeights lds, String name) implements RegressionRemedy {
        @Override
        public double[] weights(double[] trainTargets) {
            return lds.weights(trainTargets);
        }
    }

    /** DenseWeight (Steininger et al. 2021). */
    record DenseReweighting(DenseWeight weighting) implements RegressionRemedy {
        @Override
        public String name() {
            return "dense-weight";
        }

        @Override
        public double[] weights(double[] trainTargets) {
            return weighting.weights(trainTargets);
        }
    }

    /** Over-sampling of rare targets: SMOTER (Torgo et al. 2013) or SMOGN (Branco et al. 2017). */
    record Resampled(RegressionSampler sampler, String name) implements RegressionRemedy {
        @Override
        public Dataset<DenseMatrix> resample(Dataset<DenseMatrix> train, RandomGenerator rng) {
            return sampler.plan(train.inputs(), train.regressionTarget().values(), rng).applyTo(train);
        }
    }

    /** Batches drawn evenly over equal-width target bins. */
    record BinnedBatches(int bins) implements RegressionRemedy {
        @Override
        public String name() {
            return "balanced-batches";
        }

        @Override
        public int balancedBins() {
            return bins;
        }
    }
}
