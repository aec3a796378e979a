package org.rebalance.core.resample;

import java.util.Arrays;

/**
 * The number of examples each class should have <em>after</em> sampling, indexed by class. It is always
 * the final count, never the number of rows to add or remove: a sampler computes its own difference.
 * For a {@link SamplerKind#CLEAN} sampler it is an upper bound (see {@link SamplingStrategy}).
 */
public record TargetCounts(int[] perClass) {
    public TargetCounts {
        perClass = perClass.clone();
        for (int c = 0; c < perClass.length; c++) {
            if (perClass[c] < 0) {
                throw new IllegalArgumentException("target count of class " + c + " is negative: " + perClass[c]);
            }
        }
    }

    /** A copy of the final count per class. */
    @Override
    public int[] perClass() {
        return perClass.clone();
    }

    /** The final count of one class. */
    public int of(int classIndex) {
        return perClass[classIndex];
    }

    /** Number of classes. */
    public int classCount() {
        return perClass.length;
    }

    /** Number of examples after sampling. */
    public int total() {
        int t = 0;
        for (int n : perClass) {
            t += n;
        }
        return t;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TargetCounts t && Arrays.equals(perClass, t.perClass);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(perClass);
    }

    @Override
    public String toString() {
        return "TargetCounts" + Arrays.toString(perClass);
    }
}
