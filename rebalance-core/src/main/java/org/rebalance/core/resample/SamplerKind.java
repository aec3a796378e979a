package org.rebalance.core.resample;

/**
 * What a sampler does to the class counts, which decides what a {@link SamplingStrategy} means.
 *
 * <ul>
 *   <li>{@link #OVER}: raises selected classes to a target count (repeats or synthesises rows);</li>
 *   <li>{@link #UNDER}: lowers selected classes to a target count by dropping rows;</li>
 *   <li>{@link #CLEAN}: removes rows by a data rule (noise, overlap); the final counts depend on the data,
 *       and the strategy only says which classes may be cleaned.</li>
 * </ul>
 */
public enum SamplerKind {
    OVER, UNDER, CLEAN
}
