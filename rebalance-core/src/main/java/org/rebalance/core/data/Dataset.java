package org.rebalance.core.data;

/** Inputs paired with targets, and where they came from. Derive new data sets; never mutate. */
public record Dataset<I extends Inputs>(I inputs, Target target, Origin origin) {
    public Dataset {
        if (inputs.size() != target.size()) {
            throw new IllegalArgumentException("inputs have " + inputs.size() + " rows but target has "
                    + target.size());
        }
    }

    public int size() {
        return inputs.size();
    }

    @SuppressWarnings("unchecked")
    public Dataset<I> select(int[] rows) {
        return new Dataset<>((I) inputs.select(rows), target.select(rows), origin);
    }

    /** The target as class labels; throws if this is a regression data set. */
    public ClassTarget classTarget() {
        if (target instanceof ClassTarget t) {
            return t;
        }
        throw new IllegalStateException("data set " + origin.file() + " has a regression target");
    }

    /** The target as real values; a {@link org.rebalance.core.ConfigException} if this data set has class labels. */
    public RegressionTarget regressionTarget() {
        if (target instanceof RegressionTarget t) {
            return t;
        }
        throw new org.rebalance.core.ConfigException("data set " + origin.file() + " has class labels, not regression targets");
    }
}
