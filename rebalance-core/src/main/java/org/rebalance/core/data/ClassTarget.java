package org.rebalance.core.data;

import java.util.Arrays;

/** Class indices in [0, classes.size()) with the names of the classes. */
public record ClassTarget(int[] labels, ClassNames classes) implements Target {
    public ClassTarget {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes.size()) {
                throw new IllegalArgumentException("label " + labels[i] + " at index " + i
                        + " is outside [0, " + classes.size() + ")");
            }
        }
    }

    @Override
    public int size() {
        return labels.length;
    }

    public int label(int i) {
        return labels[i];
    }

    /** Number of examples of each class, indexed by class. */
    public int[] counts() {
        int[] c = new int[classes.size()];
        for (int y : labels) {
            c[y]++;
        }
        return c;
    }

    public int classCount() {
        return classes.size();
    }

    @Override
    public ClassTarget select(int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = labels[rows[i]];
        }
        return new ClassTarget(out, classes);
    }

    /**
     * The same labels indexed by {@code other}'s classes (matched by name), e.g. a file's labels in a saved model's
     * class order.
     *
     * @param unknown the exception for a class of this target that {@code other} lacks, given its index here
     */
    public ClassTarget reindexed(ClassNames other, java.util.function.IntFunction<? extends RuntimeException> unknown) {
        int[] map = new int[classes.size()];
        for (int c = 0; c < map.length; c++) {
            map[c] = other.indexOf(classes.name(c));
            if (map[c] < 0) {
                throw unknown.apply(c);
            }
        }
        int[] out = new int[labels.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = map[labels[i]];
        }
        return new ClassTarget(out, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassTarget t && Arrays.equals(labels, t.labels) && classes.equals(t.classes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(labels) + classes.hashCode();
    }

    @Override
    public String toString() {
        return "ClassTarget[n=" + labels.length + ", classes=" + classes + "]";
    }
}
