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
 * ADASYN, adaptive synthetic sampling (H. He, Y. Bai, E. A. Garcia, S. Li, IJCNN 2008, 1322–1328):
 * like SMOTE, but each point of a growing class seeds new points in proportion to how many of its
 * k nearest neighbours (among all points) belong to other classes, so hard, border points get more.
 * Point i's share is r_i / sum(r), r_i = (neighbours of other classes) / k; the counts are rounded
 * with the largest-remainder rule so that they add up to exactly what the strategy asks. Each new
 * point interpolates towards one of the seed's k nearest same-class neighbours, gap u ~ U[0, 1).
 *
 * <p>Defaults: {@code auto}, k = 5. A class with k or fewer points, or none of whose points has a
 * neighbour of another class, is a {@link ConfigException} (use SMOTE there).
 *
 * @param strategy which classes to raise, and to what
 * @param k neighbours for the difficulty ratio and for interpolation
 * @param distance the neighbour distance (Euclidean, or Jaccard for binary fingerprints)
 */
public record Adasyn(SamplingStrategy strategy, int k, Distance distance) implements Sampler {
    /** Euclidean neighbours, as imbalanced-learn. */
    public Adasyn(SamplingStrategy strategy, int k) {
        this(strategy, k, Distance.EUCLIDEAN);
    }

    public Adasyn {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(distance, "distance");
        if (k < 1) {
            throw new ConfigException("adasyn: k must be >= 1, got " + k);
        }
    }

    /** {@code auto}, k = 5. */
    public Adasyn() {
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
        return "adasyn";
    }

    @Override
    public Resampling plan(DenseMatrix features, ClassTarget target, RandomGenerator rng) {
        ClassRows.checkAligned(features, target);
        int[] counts = target.counts();
        TargetCounts goal = strategy.resolve(counts, target.classes(), kind());
        ClassRows byClass = ClassRows.of(target);
        Synthesis out = new Synthesis(goal, counts, features);
        KnnIndex all = null;
        for (int c = 0; c < counts.length; c++) {
            int need = goal.of(c) - counts[c];
            if (need <= 0) {
                continue;
            }
            int[] rows = byClass.of(c);
            String className = target.classes().name(c);
            Synthesis.requireMoreThanK(name(), k, rows.length, className);
            if (all == null) {
                all = KnnIndex.of(features, distance);
            }
            Neighbours around = all.query(features, rows, k + 1); // the point itself comes first
            double[] difficulty = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                int others = 0;
                for (int j = 0, seen = 0; j < k + 1 && seen < k; j++) {
                    int r = around.index(i, j);
                    if (r == rows[i]) {
                        continue;
                    }
                    seen++;
                    others += target.label(r) != c ? 1 : 0;
                }
                difficulty[i] = others / (double) k;
            }
            int[] perSeed = Shares.largestRemainder(difficulty, need);
            if (perSeed == null) {
                throw new ConfigException(name() + ": no example of class \"" + className
                        + "\" has a neighbour of another class; use smote");
            }
            KnnIndex own = KnnIndex.of(features, rows, distance);
            Neighbours same = own.selfNeighbours(k);
            for (int i = 0; i < rows.length; i++) {
                for (int s = 0; s < perSeed[i]; s++) {
                    int neighbour = same.index(i, rng.nextInt(k));
                    out.addBetween(own, i, neighbour, rng.nextDouble(), c);
                }
            }
        }
        return out.resampling();
    }
}
