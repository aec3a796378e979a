package org.rebalance.core.resample.over;

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
import org.rebalance.core.resample.TargetCounts;

/**
 * SMOTE, the Synthetic Minority Over-sampling TEchnique (N. V. Chawla, K. W. Bowyer, L. O. Hall,
 * W. P. Kegelmeyer, JAIR 16, 321–357, 2002): every class below its target gets new points on the
 * segments between its own points and their k nearest same-class neighbours. Each new point picks
 * a seed point of the class uniformly (with replacement), one of its k neighbours uniformly, and a
 * gap u ~ U[0, 1): {@code x + u (neighbour - x)}. All original rows are kept.
 *
 * <p>Defaults: strategy {@code auto} (every class up to the majority count), k = 5. A class to grow
 * with k or fewer examples is a {@link ConfigException}. Neighbours are exact (Euclidean).
 *
 * @param strategy which classes to raise, and to what
 * @param k same-class neighbours to interpolate towards
 */
public record Smote(SamplingStrategy strategy, int k, Distance distance) implements Sampler {
    /** Euclidean neighbours, as imbalanced-learn. */
    public Smote(SamplingStrategy strategy, int k) {
        this(strategy, k, Distance.EUCLIDEAN);
    }

    public Smote {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(distance, "distance");
        if (k < 1) {
            throw new ConfigException("smote: k must be >= 1, got " + k);
        }
    }

    /** {@code auto}, k = 5. */
    public Smote() {
        this(SamplingStrategy.Named.AUTO, 5);
    }

    @Override
    public SamplerKind kind() {
        return SamplerKind.OVER;
    }

    @Override
    public boolean synthesises() {
        return true;
    }

    @Override
    public String name() {
        return "smote";
    }

    @Override
    public Resampling plan(DenseMatrix features, ClassTarget target, RandomGenerator rng) {
        ClassRows.checkAligned(features, target);
        int[] counts = target.counts();
        TargetCounts goal = strategy.resolve(counts, target.classes(), kind());
        ClassRows byClass = ClassRows.of(target);
        Synthesis out = new Synthesis(goal, counts, features);
        for (int c = 0; c < counts.length; c++) {
            int need = goal.of(c) - counts[c];
            if (need <= 0) {
                continue;
            }
            int[] rows = byClass.of(c);
            Synthesis.requireMoreThanK(name(), k, rows.length, target.classes().name(c));
            // the random draws in their usual order (seed, which of its k neighbours, gap) come first; then the
            // neighbours; then the points, in parallel
            int[] seeds = new int[need];
            int[] partners = new int[need];
            double[] gaps = new double[need];
            for (int s = 0; s < need; s++) {
                seeds[s] = rng.nextInt(rows.length);
                partners[s] = rng.nextInt(k);
                gaps[s] = rng.nextDouble();
            }
            KnnIndex index = KnnIndex.of(features, rows, distance);
            Neighbours neighbours = index.selfNeighbours(k);
            for (int s = 0; s < need; s++) {
                partners[s] = neighbours.index(seeds[s], partners[s]);
            }
            out.addAllBetween(index, seeds, partners, gaps, c);
        }
        return out.resampling();
    }
}
