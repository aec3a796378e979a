package org.rebalance.core.regression;

import java.util.ArrayList;
import java.util.List;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;

/**
 * Regression targets as class labels: {@code bins} equal-width bins over [min, max] of the training
 * targets, each bin a class named by its interval — {@code "[1.0,2.0)"}, the last one closed,
 * {@code "[4.0,5.0]"} — so that the class-balanced batch policy
 * ({@link org.rebalance.core.batch.BatchPolicy.ClassBalanced}) draws every target bin equally often:
 * class-balanced sampling carried over to regression by treating target bins as classes, as in the
 * binned view of Yang et al., "Delving into Deep Imbalanced Regression" (ICML 2021). Empty bins stay
 * classes with no rows; the batch policy skips them.
 *
 * <p>Edges are {@code min + (max - min) i / bins} with the last edge exactly max; a value goes to
 * the bin whose printed interval holds it (the maximum to the last bin). If every target is the
 * same, there is one bin, {@code "[v,v]"}, whatever {@code bins} says.
 */
public final class TargetBinnedLabels {
    private TargetBinnedLabels() {
    }

    /**
     * The bin of each target as a class label.
     *
     * @throws ConfigException if bins is less than 1, or so large that neighbouring edges coincide
     * @throws IllegalArgumentException if y is empty or holds a value that is not finite
     */
    public static ClassTarget of(double[] y, int bins) {
        Binned b = bin(y, bins);
        double[] e = b.edges();
        int count = e.length - 1;
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add("[" + e[i] + "," + e[i + 1] + (i == count - 1 ? "]" : ")"));
        }
        return new ClassTarget(b.labels(), ClassNames.of(names));
    }

    /** Bin edges (one more than the bins) and the bin of each value. */
    record Binned(double[] edges, int[] labels) {
        int bins() {
            return edges.length - 1;
        }
    }

    /** Equal-width binning of y over its range (shared with {@link LdsWeights}). */
    static Binned bin(double[] y, int bins) {
        if (bins < 1) {
            throw new ConfigException("target bins must be >= 1, got " + bins);
        }
        if (y.length == 0) {
            throw new IllegalArgumentException("no targets to bin");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("target " + i + " is " + y[i] + "; targets must be finite");
            }
            min = Math.min(min, y[i]);
            max = Math.max(max, y[i]);
        }
        if (min == max) {
            return new Binned(new double[] {min, max}, new int[y.length]);
        }
        double range = max - min;
        double[] edges = new double[bins + 1];
        for (int i = 0; i < bins; i++) {
            edges[i] = min + range * i / bins;
            if (i > 0 && !(edges[i] > edges[i - 1])) {
                throw new ConfigException(bins + " target bins are too many for the range [" + min + ", " + max
                        + "]: bin edges coincide");
            }
        }
        edges[bins] = max;
        if (!(edges[bins] > edges[bins - 1])) {
            throw new ConfigException(bins + " target bins are too many for the range [" + min + ", " + max
                    + "]: bin edges coincide");
        }
        int[] labels = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            int b = (int) Math.min(bins - 1, Math.max(0, Math.floor((y[i] - min) / range * bins)));
            while (b > 0 && y[i] < edges[b]) {
                b--;
            }
            while (b < bins - 1 && y[i] >= edges[b + 1]) {
                b++;
            }
            labels[i] = b;
        }
        return new Binned(edges, labels);
    }
}
