package org.rebalance.core.neighbours;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Schema;

/** ClassBoundary must agree exactly with a full k-NN ranking (ties to the smaller index). */
class ClassBoundaryTest {
    @Property(tries = 60)
    void agreesWithFullNeighbourRanking(@ForAll @IntRange(min = 4, max = 400) int n,
            @ForAll @IntRange(min = 1, max = 5) int d, @ForAll @IntRange(min = 2, max = 3) int classes,
            @ForAll @IntRange(min = 1, max = 4) int cap, @ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] rows = new double[n][d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < d; c++) {
                rows[i][c] = rng.nextInt(4); // coarse grid: many equal distances and duplicate points
            }
            y[i] = i < classes ? i : (rng.nextInt(10) == 0 ? rng.nextInt(classes) : 0);
        }
        ClassTarget target = new ClassTarget(y, classes == 2 ? ClassNames.of("a", "b") : ClassNames.of("a", "b", "c"));
        DenseMatrix x = DenseMatrix.of(rows, Schema.numbered(d));
        ClassBoundary boundary = ClassBoundary.of(x, target, cap);
        Neighbours all = KnnIndex.of(x).selfNeighbours(n - 1);
        for (int i = 0; i < n; i++) {
            int same = 0;
            int firstOther = -1;
            for (int j = 0; j < n - 1; j++) {
                int r = all.index(i, j);
                if (y[r] != y[i]) {
                    firstOther = r;
                    break;
                }
                same++;
            }
            assertEquals(firstOther, boundary.nearestOther(i), "nearest other of " + i);
            assertEquals(Math.min(cap, same), boundary.sameBefore(i), "same-class count of " + i);
        }
    }
}
