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
    BY_FREQUENCY;

    /** The targets named {@code text}: all, minority-only or by-frequency. */
    public static AugmentTargets parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        for (AugmentTargets a : values()) {
            if (a.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-').equals(t)) {
                return a;
            }
        }
        throw new org.rebalance.core.ConfigException("augmentation targets must be all, minority-only or by-frequency, "
                + "got \"" + text + "\"");
    }
}
