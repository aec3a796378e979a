package org.rebalance.core.resample.under;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.resample.ClassRows;
import org.rebalance.core.resample.Resampling;
import org.rebalance.core.resample.Sampler;
import org.rebalance.core.resample.SamplerKind;
import org.rebalance.core.resample.SamplingStrategy;

/**
 * Condensed Nearest Neighbour (P. Hart, "The condensed nearest neighbor rule", IEEE Trans.
 * Information Theory 14(3), 515–516, 1968): for each cleaned class, a store starts with every point of
 * the other classes and one random point of the class; the class's other points are visited in row
 * order and each one the store's nearest point (1-NN, ties to the earlier store entry) misclassifies
 * is added to the store; passes repeat until one adds nothing. The class keeps only its stored
 * points: those needed to classify it by 1-NN, mostly near the border. Default strategy {@code auto}.
 *
 * @param strategy which classes may lose points
 */
public record CondensedNearestNeighbour(SamplingStrategy strategy) implements Sampler {
    public CondensedNearestNeighbour {
        Objects.requireNonNull(strategy, "strategy");
    }

    /** The {@code auto} strategy. */
    public CondensedNearestNeighbour() {
        this(SamplingStrategy.Named.AUTO);
    }

    @Override
    public SamplerKind kind() {
        return SamplerKind.CLEAN;
    }

    @Override
    public boolean synthesises() {
        return false;
    }

    @Override
    public String name() {
        return "condensed-nn";
    }

    @Override
    public Resampling plan(DenseMatrix features, ClassTarget target, RandomGenerator rng) {
        ClassRows.checkAligned(features, target);
        int[] counts = target.counts();
        boolean[] selected = strategy.selects(counts, target.classes(), kind());
        int n = target.size();
        boolean[] keep = new boolean[n];
        for (int i = 0; i < n; i++) {
            keep[i] = !selected[target.label(i)];
        }
        ClassRows byClass = ClassRows.of(target);
        int d = features.cols();
        for (int c = 0; c < counts.length; c++) {
            if (!selected[c] || counts[c] == 0) {
                continue;
            }
            int[] rows = byClass.of(c);
            List<Integer> store = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (target.label(i) != c) {
                    store.add(i);
                }
            }
            int seed = rows[rng.nextInt(rows.length)];
            store.add(seed);
            boolean[] stored = new boolean[n];
            stored[seed] = true;
            boolean added = true;
            while (added) {
                added = false;
                for (int r : rows) {
                    if (!stored[r] && target.label(nearest(features, r, store, d)) != c) {
                        store.add(r);
                        stored[r] = true;
                        added = true;
                    }
                }
            }
            for (int r : rows) {
                keep[r] = stored[r];
            }
        }
        return Cleaning.keepUnmarked(target, negate(keep));
    }

    private static int nearest(DenseMatrix x, int row, List<Integer> store, int d) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int s : store) {
            double sum = 0;
            for (int c = 0; c < d && sum < bestDistance; c++) {
                double e = x.get(row, c) - x.get(s, c);
                sum += e * e;
            }
            if (sum < bestDistance) {
                bestDistance = sum;
                best = s;
            }
        }
        return best;
    }

    private static boolean[] negate(boolean[] keep) {
        boolean[] remove = new boolean[keep.length];
        for (int i = 0; i < keep.length; i++) {
            remove[i] = !keep[i];
        }
        return remove;
    }
}
