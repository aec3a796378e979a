package org.rebalance.core.resample.over;

import java.util.ArrayList;
import java.util.List;
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
 * Borderline-SMOTE (H. Han, W.-Y. Wang, B.-H. Mao, ICIC 2005, LNCS 3644, 878–887): SMOTE seeded only by
 * the points of a growing class that are "in danger": among their m nearest neighbours (all classes,
 * themselves excluded), at least half but not all belong to other classes. Points with no
 * same-class neighbour among the m are taken as noise, points with a majority of same-class
 * neighbours as safe; neither seeds. {@link Variant#ONE} interpolates towards one of the seed's k
 * nearest same-class neighbours with gap U[0, 1); {@link Variant#TWO} towards one of its k nearest
 * neighbours of any class, with gap U[0, 0.5) when that neighbour is of another class. Seeds are
 * drawn uniformly among the points in danger.
 *
 * <p>Defaults: {@code auto}, k = 5, m = 10. A class with no point in danger gets no new points (its
 * count then stays below the target; the class counts say so).
 *
 * @param strategy which classes to raise, and to what
 * @param k neighbours to interpolate towards
 * @param m neighbours that decide whether a point is in danger
 * @param variant borderline-1 or borderline-2
 * @param distance the neighbour distance (Euclidean, or Jaccard for binary fingerprints)
 */
public record BorderlineSmote(SamplingStrategy strategy, int k, int m, Variant variant, Distance distance)
        implements Sampler {
    /** The two variants of the paper. */
    public enum Variant { ONE, TWO }

    /** Euclidean neighbours, as imbalanced-learn. */
    public BorderlineSmote(SamplingStrategy strategy, int k, int m, Variant variant) {
        this(strategy, k, m, variant, Distance.EUCLIDEAN);
    }

    public BorderlineSmote {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(distance, "distance");
        Objects.requireNonNull(variant, "variant");
        if (k < 1 || m < 1) {
            throw new ConfigException("borderline-smote: k and m must be >= 1, got k=" + k + ", m=" + m);
        }
    }

    /** {@code auto}, k = 5, m = 10. */
    public BorderlineSmote(Variant variant) {
        this(SamplingStrategy.Named.AUTO, 5, 10, variant);
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
        return variant == Variant.ONE ? "borderline-smote-1" : "borderline-smote-2";
    }

    @Override
    public Resampling plan(DenseMatrix features, ClassTarget target, RandomGenerator rng) {
        ClassRows.checkAligned(features, target);
        int[] counts = target.counts();
        TargetCounts goal = strategy.resolve(counts, target.classes(), kind());
        ClassRows byClass = ClassRows.of(target);
        Synthesis out = new Synthesis(goal, counts, features);
        int n = target.size();
        if (n <= m) {
            throw new ConfigException(name() + ": m=" + m + " needs at least " + (m + 1) + " examples, found " + n);
        }
        KnnIndex all = KnnIndex.of(features, distance);
        for (int c = 0; c < counts.length; c++) {
            int need = goal.of(c) - counts[c];
            if (need <= 0) {
                continue;
            }
            int[] rows = byClass.of(c);
            Synthesis.requireMoreThanK(name(), k, rows.length, target.classes().name(c));
            Neighbours around = all.query(features, rows, m + 1); // the point itself comes first
            List<Integer> danger = new ArrayList<>();
            for (int i = 0; i < rows.length; i++) {
                int others = 0;
                for (int j = 0, seen = 0; j < m + 1 && seen < m; j++) {
                    int r = around.index(i, j);
                    if (r == rows[i]) {
                        continue;
                    }
                    seen++;
                    others += target.label(r) != c ? 1 : 0;
                }
                if (2 * others >= m && others < m) {
                    danger.add(i);
                }
            }
            if (danger.isEmpty()) {
                continue;
            }
            KnnIndex own = KnnIndex.of(features, rows, distance);
            Neighbours same = own.selfNeighbours(k);
            Neighbours any = variant == Variant.TWO ? all.query(features, rows, k + 1) : null;
            for (int s = 0; s < need; s++) {
                int seed = danger.get(rng.nextInt(danger.size()));
                if (variant == Variant.ONE) {
                    out.addBetween(own, seed, same.index(seed, rng.nextInt(k)), rng.nextDouble(), c);
                } else {
                    int neighbour = anyNeighbour(any, seed, rows[seed], rng);
                    double gap = target.label(neighbour) == c ? rng.nextDouble() : 0.5 * rng.nextDouble();
                    out.addBetween(all, rows[seed], neighbour, gap, c);
                }
            }
        }
        return out.resampling();
    }

    /** One of the k nearest points of any class (the seed itself, at distance 0, skipped). */
    private int anyNeighbour(Neighbours any, int seed, int seedRow, RandomGenerator rng) {
        int[] candidates = new int[k];
        int filled = 0;
        for (int j = 0; j < k + 1 && filled < k; j++) {
            int r = any.index(seed, j);
            if (r != seedRow) {
                candidates[filled++] = r;
            }
        }
        return candidates[rng.nextInt(filled)];
    }
}
