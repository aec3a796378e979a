package org.rebalance.core.resample.under;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.neighbours.ClassBoundary;
import org.rebalance.core.neighbours.Distance;
import org.rebalance.core.neighbours.KnnIndex;
import org.rebalance.core.neighbours.Neighbours;
import org.rebalance.core.resample.ClassRows;
import org.rebalance.core.resample.Resampling;
import org.rebalance.core.resample.Sampler;
import org.rebalance.core.resample.SamplerKind;
import org.rebalance.core.resample.SamplingStrategy;

/**
 * Edited Nearest Neighbours (D. L. Wilson, "Asymptotic properties of nearest neighbor rules using
 * edited data", IEEE Trans. Systems, Man and Cybernetics 2(3), 408–421, 1972): a point of a selected
 * class is removed when its k nearest neighbours (among all points, itself excluded) disagree with
 * it: with {@link Rule#ALL}, when any of them has another class; with {@link Rule#MODE}, when the
 * most common class among them (a tie keeps the point) is not its own. Defaults: {@code auto}
 * (every class but the minority), k = 3, ALL — imbalanced-learn's defaults. Uses no randomness.
 *
 * @param strategy which classes may lose points
 * @param k neighbours consulted
 * @param rule when the neighbours count as disagreeing
 */
public record EditedNearestNeighbours(SamplingStrategy strategy, int k, Rule rule, Distance distance) implements Sampler {
    /** When a point's neighbours count as disagreeing with it. */
    public enum Rule {
        /** Any neighbour of another class. */
        ALL,
        /** The neighbours' most common class is another one. */
        MODE
    }

    /** Euclidean neighbours, as imbalanced-learn. */
    public EditedNearestNeighbours(SamplingStrategy strategy, int k, Rule rule) {
        this(strategy, k, rule, Distance.EUCLIDEAN);
    }

    public EditedNearestNeighbours {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(distance, "distance");
        Objects.requireNonNull(rule, "rule");
        if (k < 1) {
            throw new ConfigException("enn: k must be >= 1, got " + k);
        }
    }

    /** {@code auto}, k = 3, ALL. */
    public EditedNearestNeighbours() {
        this(SamplingStrategy.Named.AUTO, 3, Rule.ALL);
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
        return "enn";
    }

    @Override
    public Resampling plan(DenseMatrix features, ClassTarget target, RandomGenerator rng) {
        ClassRows.checkAligned(features, target);
        boolean[] selected = strategy.selects(target.counts(), target.classes(), kind());
        return Cleaning.keepUnmarked(target, marks(features, target, selected));
    }

    /** Which rows one pass removes, cleaning the given classes. */
    boolean[] marks(DenseMatrix features, ClassTarget target, boolean[] selected) {
        int n = target.size();
        if (n <= k) {
            throw new ConfigException(name() + ": k=" + k + " needs at least " + (k + 1) + " examples, found " + n);
        }
        boolean[] remove = new boolean[n];
        if (rule == Rule.ALL && distance == Distance.EUCLIDEAN) {
            // all k nearest share the class exactly when k same-class points come before any other class
            ClassBoundary boundary = ClassBoundary.of(features, target, k);
            for (int i = 0; i < n; i++) {
                remove[i] = selected[target.label(i)] && boundary.sameBefore(i) < k;
            }
            return remove;
        }
        Neighbours neighbours = KnnIndex.of(features, distance).selfNeighbours(k);
        int[] votes = new int[target.classCount()];
        for (int i = 0; i < n; i++) {
            int own = target.label(i);
            if (selected[own]) {
                remove[i] = disagree(neighbours, i, own, target, votes);
            }
        }
        return remove;
    }

    /**
     * ALL: any of the k neighbours has another class; MODE: another class has more votes than the point's own
     * among its k neighbours.
     */
    private boolean disagree(Neighbours neighbours, int i, int own, ClassTarget target, int[] votes) {
        if (rule == Rule.ALL) {
            for (int j = 0; j < k; j++) {
                if (target.label(neighbours.index(i, j)) != own) {
                    return true;
                }
            }
            return false;
        }
        java.util.Arrays.fill(votes, 0);
        for (int j = 0; j < k; j++) {
            votes[target.label(neighbours.index(i, j))]++;
        }
        for (int c = 0; c < votes.length; c++) {
            if (c != own && votes[c] > votes[own]) {
                return true;
            }
        }
        return false;
    }
}
