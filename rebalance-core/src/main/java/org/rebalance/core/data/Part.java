package org.rebalance.core.data;

/** The three parts of a split. Samplers only ever see TRAIN. */
public enum Part {
    TRAIN, VALID, TEST;

    /** Lower-case name used in files and tables ("train", "valid", "test"). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
