package org.rebalance.core.data.csv;

import java.util.LinkedHashSet;
import java.util.Set;
import org.rebalance.core.ConfigException;

/**
 * How to read a table: which column holds the label, which columns to ignore, and which to treat
 * as categorical (besides those inferred: a column in which no value is a number).
 *
 * @param label label column name (required for training data)
 * @param drop columns to ignore
 * @param categorical columns to one-hot encode even if their values look like numbers
 */
public record TableSpec(String label, Set<String> drop, Set<String> categorical) {
    public TableSpec {
        if (label == null || label.isBlank()) {
            throw new ConfigException("a label column name is required");
        }
        drop = Set.copyOf(new LinkedHashSet<>(drop));
        categorical = Set.copyOf(new LinkedHashSet<>(categorical));
        if (drop.contains(label)) {
            throw new ConfigException("the label column \"" + label + "\" cannot also be dropped");
        }
        if (categorical.contains(label)) {
            throw new ConfigException("the label column \"" + label + "\" cannot be a categorical feature");
        }
        for (String c : categorical) {
            if (drop.contains(c)) {
                throw new ConfigException("column \"" + c + "\" is both dropped and categorical");
            }
        }
    }

    /** Label column {@code label}, nothing dropped, categorical columns inferred. */
    public static TableSpec of(String label) {
        return new TableSpec(label, Set.of(), Set.of());
    }
}
