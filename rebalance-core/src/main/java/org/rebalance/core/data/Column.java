package org.rebalance.core.data;

/** One named column of a {@link Table}: numbers or category names, one value per row. */
public sealed interface Column permits NumericColumn, CategoricalColumn {
    String name();

    int size();

    /** A column of the given rows, in that order (rows may repeat). */
    Column select(int[] rows);
}
