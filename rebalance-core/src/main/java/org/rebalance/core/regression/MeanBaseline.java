package org.rebalance.core.regression;

import java.util.Arrays;

/** The regression baseline that predicts the mean of the training targets for every sample. */
public record MeanBaseline(double value) {

    /**
     * The baseline of these training targets.
     *
     * @throws IllegalArgumentException if there are no targets
     */
    public static MeanBaseline fit(double[] trainTargets) {
        if (trainTargets.length == 0) {
            throw new IllegalArgumentException("the mean baseline needs at least one training target");
        }
        double sum = 0;
        for (double y : trainTargets) {
            sum += y;
        }
        return new MeanBaseline(sum / trainTargets.length);
    }

    /** n predictions, all equal to {@link #value()}. */
    public double[] predict(int n) {
        double[] out = new double[n];
        Arrays.fill(out, value);
        return out;
    }
}
