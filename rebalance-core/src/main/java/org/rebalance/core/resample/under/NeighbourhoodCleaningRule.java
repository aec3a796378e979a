package org.rebalance.core.resample.under;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.neighbours.Distance;
import org.rebalance.core.neighbours.KnnIndex;
import org.rebalance.core.neighbours.Neighbours;
import org.rebalance.core.resample.ClassRows;
import org.rebalance.core.resample.Resampling;
import org.rebalance.core.resample.Sampler;
import org.rebalance.core.resample.SamplerKind;
import org.rebalance.core.resample.SamplingStrategy;

/**
 * Neighbourhood Cleaning Rule (J. Laurikkala, "Improving identification of difficult small classes
 * by balancing class distribution", AIME 2001, LNCS 2101, 63–66): removes (1) every point of a
 * cleaned class that the majority vote of its k nearest neighbours misclassifies (ENN with the mode
 * rule; a tie keeps the point) and (2) every cleaned-class neighbour of a point of a kept class that
 * its k nearest neighbours misclassify, when the neighbour's class has at least half as many points
 * as the smallest kept class (the paper's guard against cleaning small classes). Defaults:
 * {@code auto} (the minority is the class of interest), k = 3. Uses no randomness.
 *
 * @param strategy which classes may lose points
 * @param k neighbours consulted
 * @param distance the neighbour distance (Euclidean, or Jaccard for binary fingerprints)
 */
public record NeighbourhoodCleaningRule(SamplingStrategy strategy, int k, Distance distance) implements Sampler {
    /** Euclidean neighbours, as imbalanced-learn. */
    public NeighbourhoodCleaningRule(SamplingStrategy strategy, int k) {
        this(strategy, k, Distance.EUCLIDEAN);
    }

    public NeighbourhoodCleaningRule {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(distance, "distance");
        if (k < 1) {
            throw new ConfigException("ncr: k must be >= 1, got " + k);
        }
    }

    /** {@code auto}, k = 3. */
    public NeighbourhoodCleaningRule() {
        this(SamplingStrategy.Named.AUTO, 3);
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
        return "ncr";
    }

    @Override
    public Resampling plan(DenseMatrix features, ClassTarget target, RandomGenerator rng) {
        ClassRows.checkAligned(features, target);
        int[] counts = target.counts();
        boolean[] selected = strategy.selects(counts, target.classes(), kind());
        int n = target.size();
        if (n <= k) {
            throw new ConfigException(name() + ": k=" + k + " needs at least " + (k + 1) + " examples, found " + n);
        }
        int smallestKept = Integer.MAX_VALUE;
        for (int c = 0; c < counts.length; c++) {
            if (!selected[c] && counts[c] > 0) {
                smallestKept = Math.min(smallestKept, counts[c]);
            }
        }
        Neighbours neighbours = KnnIndex.of(features, distance).selfNeighbours(k);
        boolean[] remove = new boolean[n];
        int[] votes = new int[counts.length];
        for (int i = 0; i < n; i++) {
            int own = target.label(i);
            boolean misclassified = voteAgainst(neighbours, i, own, target, votes);
            if (selected[own]) {
                remove[i] |= misclassified;
            } else if (misclassified) {
                for (int j = 0; j < k; j++) {
                    int z = neighbours.index(i, j);
                    int zc = target.label(z);
                    if (selected[zc] && 2L * counts[zc] >= smallestKept) {
                        remove[z] = true;
                    }
                }
            }
        }
        return Cleaning.keepUnmarked(target, remove);
    }

    /** Whether another class has more votes than the point's own among its k neighbours. */
    private boolean voteAgainst(Neighbours neighbours, int i, int own, ClassTarget target, int[] votes) {
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
