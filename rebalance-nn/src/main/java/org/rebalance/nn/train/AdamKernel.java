package org.rebalance.nn.train;

/**
 * Which implementation performs Adam's step. Both follow Kingma and Ba's update with beta1 0.9,
 * beta2 0.999, eps 1e-8; {@link #DJL} exists to measure {@link #FUSED} against it side by side.
 */
public enum AdamKernel {
    /** One fused pass over each parameter's memory (the default; see {@code FusedAdam}). */
    FUSED,
    /** DJL's {@code Optimizer.adam()}, one native call of several tensor passes per parameter. */
    DJL
}
