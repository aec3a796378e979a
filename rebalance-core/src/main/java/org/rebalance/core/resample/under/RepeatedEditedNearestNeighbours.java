package org.rebalance.core.resample.under;

import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.neighbours.Distance;
import org.rebalance.core.resample.ClassRows;
import org.rebalance.core.resample.Resampling;
import org.rebalance.core.resample.Sampler;
import org.rebalance.core.resample.SamplerKind;
import org.rebalance.core.resample.SamplingStrategy;

/**
 * Repeated Edited Nearest Neighbours (I. Tomek, "An experiment with the edited nearest-neighbor
 * rule", IEEE Trans. Systems, Man and Cybernetics 6(6), 448–452, 1976): {@link EditedNearestNeighbours}
 * applied again to what it left, until a pass removes nothing or {@code maxIterations} passes have
 * run, or a pass has made a cleaned class smaller than the smallest class it may not clean (that
 * pass is kept and the repetition stops, as in imbalanced-learn). A pass that would empty a cleaned
 * class is not applied. Defaults: {@code auto}, k = 3, ALL, 100 iterations. Uses no randomness.
 *
 * @param strategy which classes may lose points
 * @param k neighbours consulted
 * @param rule when the neighbours count as disagreeing
 * @param maxIterations upper bound on the number of passes
 * @param distance the neighbour distance (Euclidean, or Jaccard for binary fingerprints)
 */
public record RepeatedEditedNearestNeighbours(SamplingStrategy strategy, int k, EditedNearestNeighbours.Rule rule,
        int maxIterations, Distance distance) implements Sampler {
    /** Euclidean neighbours, as imbalanced-learn. */
    public RepeatedEditedNearestNeighbours(SamplingStrategy strategy, int k, EditedNearestNeighbours.Rule rule,
            int maxIterations) {
        this(strategy, k, rule, maxIterations, Distance.EUCLIDEAN);
    }

    public RepeatedEditedNearestNeighbours {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(distance, "distance");
        Objects.requireNonNull(rule, "rule");
        if (k < 1 || maxIterations < 1) {
            throw new ConfigException("renn: k and max iterations must be >= 1, got k=" + k + ", "
                    + maxIterations + " iterations");
        }
    }

    /** {@code auto}, k = 3, ALL, 100 iterations. */
    public RepeatedEditedNearestNeighbours() {
        this(SamplingStrategy.Named.AUTO, 3, EditedNearestNeighbours.Rule.ALL, 100);
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
        return "renn";
    }

    @Override
    public Resampling plan(DenseMatrix features, ClassTarget target, RandomGenerator rng) {
        ClassRows.checkAligned(features, target);
        boolean[] selected = strategy.selects(target.counts(), target.classes(), kind());
        int floor = Integer.MAX_VALUE;
        int[] counts = target.counts();
        for (int c = 0; c < counts.length; c++) {
            if (!selected[c] && counts[c] > 0) {
                floor = Math.min(floor, counts[c]);
            }
        }
        EditedNearestNeighbours pass = new EditedNearestNeighbours(strategy, k, rule, distance);
        int[] rows = new int[target.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            ClassTarget current = target.select(rows);
            if (current.size() <= k) {
                break;
            }
            int[] kept = Cleaning.keepUnmarked(current, pass.marks(features.select(rows), current, selected)).rows();
            if (kept.length == rows.length) {
                break;
            }
            int[] next = new int[kept.length];
            for (int i = 0; i < kept.length; i++) {
                next[i] = rows[kept[i]];
            }
            int[] after = target.select(next).counts();
            if (empties(after, selected, counts)) {
                break;
            }
            rows = next;
            if (fellBelow(after, selected, floor)) {
                break;
            }
        }
        return Resampling.of(Arrays.copyOf(rows, rows.length));
    }

    private static boolean empties(int[] after, boolean[] selected, int[] before) {
        for (int c = 0; c < after.length; c++) {
            if (selected[c] && before[c] > 0 && after[c] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean fellBelow(int[] after, boolean[] selected, int floor) {
        for (int c = 0; c < after.length; c++) {
            if (selected[c] && after[c] < floor) {
                return true;
            }
        }
        return false;
    }
}
