package org.rebalance.core.resample.under;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
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
 * One-Sided Selection (M. Kubat, S. Matwin, "Addressing the curse of imbalanced training sets:
 * one-sided selection", ICML 1997, 179–186): for each cleaned class, a store holds every point of
 * the other classes plus one random point of the class; the class's remaining points that their
 * nearest stored point would misclassify are kept (they carry information), the others (redundant,
 * far from the border) dropped; then Tomek links are removed from what is left, on the side of the
 * classes cleaned in the first step (imbalanced-learn re-resolves the strategy on the reduced data,
 * which can flip the side when a cleaned class has become the smallest). Default strategy {@code auto} (every class but the minority).
 *
 * @param strategy which classes may lose points
 * @param distance the neighbour distance (Euclidean, or Jaccard for binary fingerprints)
 */
public record OneSidedSelection(SamplingStrategy strategy, Distance distance) implements Sampler {
    /** Euclidean neighbours, as imbalanced-learn. */
    public OneSidedSelection(SamplingStrategy strategy) {
        this(strategy, Distance.EUCLIDEAN);
    }

    public OneSidedSelection {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(distance, "distance");
    }

    /** The {@code auto} strategy. */
    public OneSidedSelection() {
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
        return "one-sided-selection";
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
        for (int c = 0; c < counts.length; c++) {
            if (!selected[c] || counts[c] == 0) {
                continue;
            }
            int[] rows = byClass.of(c);
            int seed = rows[rng.nextInt(rows.length)];
            keep[seed] = true;
            List<Integer> store = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (target.label(i) != c || i == seed) {
                    store.add(i);
                }
            }
            int[] storeRows = store.stream().mapToInt(Integer::intValue).toArray();
            int[] rest = java.util.Arrays.stream(rows).filter(r -> r != seed).toArray();
            if (rest.length == 0) {
                continue;
            }
            Neighbours nearest = KnnIndex.of(features, storeRows, distance).query(features, rest, 1);
            for (int i = 0; i < rest.length; i++) {
                if (target.label(storeRows[nearest.index(i, 0)]) != c) {
                    keep[rest[i]] = true;
                }
            }
        }
        int[] kept = java.util.stream.IntStream.range(0, n).filter(i -> keep[i]).toArray();
        ClassTarget reduced = target.select(kept);
        int[] afterTomek = Cleaning.keepUnmarked(reduced, TomekLinks.marks(features.select(kept), reduced, selected, distance))
                .rows();
        int[] out = new int[afterTomek.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = kept[afterTomek[i]];
        }
        return Resampling.of(out);
    }
}
