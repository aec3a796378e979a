package org.rebalance.core.image;

/** Which training examples {@link ImageAugmentation} augments, by the training count of their class. */
public enum AugmentTargets {
    /** Every example. */
    ALL,
    /** Only examples of classes whose training count is below the median class count (strictly). */
    MINORITY_ONLY,
    /**
     * Each example with probability {@code 1 - count(class) / maxCount}: never the largest class,
     * rarer classes more often.
     */
    BY_FREQUENCY
}
