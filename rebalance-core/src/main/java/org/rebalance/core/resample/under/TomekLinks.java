package org.rebalance.core.resample.under;

import java.util.Objects;
import org.rebalance.core.neighbours.Distance;
import org.rebalance.core.neighbours.KnnIndex;
import org.rebalance.core.neighbours.Neighbours;
import java.util.random.RandomGenerator;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.neighbours.ClassBoundary;
import org.rebalance.core.resample.ClassRows;
import org.rebalance.core.resample.Resampling;
import org.rebalance.core.resample.Sampler;
import org.rebalance.core.resample.SamplerKind;
import org.rebalance.core.resample.SamplingStrategy;

/**
 * Tomek links (I. Tomek, "Two modifications of CNN", IEEE Trans. Systems, Man and Cybernetics 6(11),
 * 769–772, 1976): two points of different classes that are each other's nearest neighbour form a
 * link; they sit on the class border or one of them is noise. The member of each link whose class
 * the strategy selects is removed (default {@code auto}: every class but the minority, so links are
 * cut on the majority side). Without links the data come back unchanged. Uses no randomness.
 *
 * @param strategy which classes may lose points
 */
public record TomekLinks(SamplingStrategy strategy, Distance distance) implements Sampler {
    public TomekLinks {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(distance, "distance");
    }

    /** Euclidean distances, as imbalanced-learn. */
    public TomekLinks(SamplingStrategy strategy) {
        this(strategy, Distance.EUCLIDEAN);
    }

    /** The {@code auto} strategy. */
    public TomekLinks() {
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
        return "tomek-links";
    }

    @Override
    public Resampling plan(DenseMatrix features, ClassTarget target, RandomGenerator rng) {
        ClassRows.checkAligned(features, target);
        boolean[] selected = strategy.selects(target.counts(), target.classes(), kind());
        return Cleaning.keepUnmarked(target, marks(features, target, selected, distance));
    }

    /** The rows to remove under the given distance (Euclidean takes the fast class-boundary path). */
    static boolean[] marks(DenseMatrix features, ClassTarget target, boolean[] selected, Distance distance) {
        return distance == Distance.EUCLIDEAN ? marks(features, target, selected)
                : marksByIndex(features, target, selected, distance);
    }

    /** The rows to remove: the ends of Tomek links that belong to the given classes. */
    static boolean[] marks(DenseMatrix features, ClassTarget target, boolean[] selected) {
        int n = target.size();
        boolean[] remove = new boolean[n];
        if (n > 1) {
            // i's nearest neighbour is of another class exactly when no same-class point comes first;
            // it is then i's nearest other-class point
            ClassBoundary boundary = ClassBoundary.of(features, target, 1);
            for (int i = 0; i < n; i++) {
                int j = boundary.nearestOther(i);
                boolean link = j >= 0 && boundary.sameBefore(i) == 0 && boundary.sameBefore(j) == 0
                        && boundary.nearestOther(j) == i;
                if (link && selected[target.label(i)]) {
                    remove[i] = true;
                }
            }
        }
        return remove;
    }

    /** Tomek links found through a k-NN index of any distance: i and j each other's nearest, of two classes. */
    static boolean[] marksByIndex(DenseMatrix features, ClassTarget target, boolean[] selected, Distance distance) {
        int n = target.size();
        boolean[] remove = new boolean[n];
        if (n < 2) {
            return remove;
        }
        Neighbours nearest = KnnIndex.of(features, distance).selfNeighbours(1);
        for (int i = 0; i < n; i++) {
            int j = nearest.index(i, 0);
            boolean link = target.label(i) != target.label(j) && nearest.index(j, 0) == i;
            remove[i] = link && selected[target.label(i)];
        }
        return remove;
    }
}
