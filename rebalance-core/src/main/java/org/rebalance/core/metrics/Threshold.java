package org.rebalance.core.metrics;

/**
 * The cut-off that turns a binary score into a class: a score {@code >= value} predicts the
 * positive class (class 1), anything lower predicts class 0.
 *
 * @param value the cut-off; any number but NaN (scores may be probabilities or logits)
 */
public record Threshold(double value) {
    /** The conventional cut-off 0.5 for probabilities. */
    public static final Threshold DEFAULT = new Threshold(0.5);

    public Threshold {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("threshold must be a number, got NaN");
        }
    }

    /** Whether a score predicts the positive class: {@code score >= value}. */
    public boolean predictsPositive(double score) {
        return score >= value;
    }
}
