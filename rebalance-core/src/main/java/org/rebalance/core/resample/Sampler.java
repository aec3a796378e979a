package org.rebalance.core.resample;

import java.util.random.RandomGenerator;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.DenseMatrix;

/**
 * Decides which training rows to keep or repeat and which rows to synthesise, given the feature view and
 * the labels of the training part. Implementations are immutable; {@link #plan} is a pure function of its
 * arguments and the random stream, and never modifies them. A sampler never sees VALID or TEST.
 */
public interface Sampler {
    /** Whether the sampler raises counts, lowers them to a target, or cleans by a data rule. */
    SamplerKind kind();

    /** True if the plan may hold synthetic feature vectors, which only vector inputs can use. */
    boolean synthesises();

    /** The lower-case kebab name used on the command line, e.g. {@code random-over}. */
    String name();

    /**
     * The resampling plan for one training part.
     *
     * @param features the feature view of the training part (one row per example)
     * @param target the labels of the training part
     * @param rng the random stream of the resampling stage; the same stream gives the same plan
     * @throws ConfigException if the sampler's strategy cannot be met on these labels
     * @throws IllegalArgumentException if features and target have different numbers of rows
     */
    Resampling plan(DenseMatrix features, ClassTarget target, RandomGenerator rng);
}
