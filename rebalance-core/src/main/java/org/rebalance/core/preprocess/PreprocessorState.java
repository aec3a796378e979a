package org.rebalance.core.preprocess;

import java.util.List;

/**
 * The fitted values of a {@link Preprocessor} as plain data (to save with a model): numeric
 * columns with their means and scales, categorical columns with their categories (sorted).
 */
public record PreprocessorState(List<String> numericColumns, double[] means, double[] scales,
        List<String> categoricalColumns, List<List<String>> categories) {
    public PreprocessorState {
        numericColumns = List.copyOf(numericColumns);
        categoricalColumns = List.copyOf(categoricalColumns);
        categories = categories.stream().map(List::copyOf).toList();
        if (means.length != numericColumns.size() || scales.length != numericColumns.size()) {
            throw new IllegalArgumentException(numericColumns.size() + " numeric columns but " + means.length
                    + " means and " + scales.length + " scales");
        }
        if (categories.size() != categoricalColumns.size()) {
            throw new IllegalArgumentException(categoricalColumns.size() + " categorical columns but "
                    + categories.size() + " category lists");
        }
        means = means.clone();
        scales = scales.clone();
    }
}
