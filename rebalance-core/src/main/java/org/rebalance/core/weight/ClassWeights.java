package org.rebalance.core.weight;

import java.util.Arrays;

/**
 * A loss weight per class, indexed by class; every weight is finite and positive.
 *
 * @param perClass the weight of each class
 */
public record ClassWeights(double[] perClass) {
    public ClassWeights {
        perClass = perClass.clone();
        for (int c = 0; c < perClass.length; c++) {
            if (!(perClass[c] > 0) || !Double.isFinite(perClass[c])) {
                throw new IllegalArgumentException("weight of class " + c + " must be finite and positive, got "
                        + perClass[c]);
            }
        }
    }

    /** Weight 1 for each of n classes. */
    public static ClassWeights uniform(int classes) {
        double[] w = new double[classes];
        Arrays.fill(w, 1.0);
        return new ClassWeights(w);
    }

    /** A copy of the weights. */
    @Override
    public double[] perClass() {
        return perClass.clone();
    }

    /** The weight of one class. */
    public double of(int classIndex) {
        return perClass[classIndex];
    }

    /** Number of classes. */
    public int classCount() {
        return perClass.length;
    }

    /** The weight of each example, looked up by its label. */
    public double[] perExample(int[] labels) {
        double[] out = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= perClass.length) {
                throw new IllegalArgumentException("label " + labels[i] + " at index " + i + " is outside [0, "
                        + perClass.length + ")");
            }
            out[i] = perClass[labels[i]];
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassWeights w && Arrays.equals(perClass, w.perClass);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(perClass);
    }

    @Override
    public String toString() {
        return "ClassWeights" + Arrays.toString(perClass);
    }
}
