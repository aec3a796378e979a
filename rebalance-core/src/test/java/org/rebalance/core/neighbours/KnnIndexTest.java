package org.rebalance.core.neighbours;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Schema;

class KnnIndexTest {
    private static DenseMatrix line(double... xs) {
        double[][] rows = new double[xs.length][];
        for (int i = 0; i < xs.length; i++) {
            rows[i] = new double[] {xs[i]};
        }
        return DenseMatrix.of(rows, Schema.numbered(1));
    }

    @Test
    void selfNeighboursOnALineByHand() {
        // points 0, 1, 3, 7: neighbours of 0 are 1 (1) and 3 (3); of 3: 1 (2), 0 (3); of 7: 3 (4), 1 (6)
        KnnIndex index = KnnIndex.of(line(0, 1, 3, 7));
        Neighbours nb = index.selfNeighbours(2);
        assertArrayEquals(new int[] {1, 2}, nb.of(0));
        assertArrayEquals(new int[] {0, 2}, nb.of(1));
        assertArrayEquals(new int[] {1, 0}, nb.of(2));
        assertArrayEquals(new int[] {2, 1}, nb.of(3));
        assertEquals(4.0, nb.distance(3, 0), 0.0);
    }

    @Test
    void tiesGoToTheSmallerIndexAndDuplicatesAreNeighbours() {
        // point 1 is equidistant from 0 and 2; points 3 and 4 coincide
        KnnIndex index = KnnIndex.of(line(0, 1, 2, 5, 5));
        Neighbours nb = index.selfNeighbours(1);
        assertArrayEquals(new int[] {0}, nb.of(1));
        assertArrayEquals(new int[] {4}, nb.of(3));
        assertEquals(0.0, nb.distance(3, 0), 0.0);
    }

    @Test
    void queriesAgainstASubsetReturnSubsetPositions() {
        DenseMatrix m = line(0, 10, 1, 11, 2);
        KnnIndex minority = KnnIndex.of(m, new int[] {1, 3}); // points 10 and 11
        Neighbours nb = minority.query(m, new int[] {0, 4}, 2);
        assertArrayEquals(new int[] {0, 1}, nb.of(0)); // 10 then 11
        assertEquals(8.0, nb.distance(1, 0), 0.0);
    }

    @Test
    void kMustFitTheData() {
        KnnIndex index = KnnIndex.of(line(0, 1, 2));
        assertEquals("k=3 nearest neighbours need at least 4 points, found 3",
                assertThrows(ConfigException.class, () -> index.selfNeighbours(3)).getMessage());
    }

    @Property(tries = 40)
    void agreesWithANaiveSearch(@ForAll @IntRange(min = 2, max = 700) int n, @ForAll @IntRange(min = 1, max = 11) int d,
            @ForAll @IntRange(min = 1, max = 5) int kWanted, @ForAll long seed) {
        int k = Math.min(kWanted, n - 1);
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] rows = new double[n][d];
        for (double[] row : rows) {
            for (int c = 0; c < d; c++) {
                row[c] = rng.nextInt(5); // coarse values: many ties
            }
        }
        DenseMatrix m = DenseMatrix.of(rows, Schema.numbered(d));
        assertSelfNeighboursAreTheNaiveOnes(rows, k);
        // outside points against the index: query blocks of 64 against reference blocks of 512, remainders included
        int m2 = 1 + rng.nextInt(70);
        double[] outside = new double[m2 * d];
        for (int i = 0; i < outside.length; i++) {
            outside[i] = rng.nextInt(5) + 0.5;
        }
        Neighbours found = KnnIndex.of(m).query(outside, m2, k);
        for (int q = 0; q < m2; q++) {
            double[] point = Arrays.copyOfRange(outside, q * d, (q + 1) * d);
            int[] expected = IntStream.range(0, n).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(r -> squared(point, rows[r])).thenComparing(r -> r))
                    .limit(k).mapToInt(Integer::intValue).toArray();
            assertArrayEquals(expected, found.of(q), "outside point " + q);
        }
    }

    @Test
    void agreesWithANaiveSearchOverThreeReferenceBlocksAndAPartialQueryGroup() {
        // 1,027 points: reference blocks of 512, 512 and 3; query blocks of 64, the last of 3 (not a group of four)
        SplittableRandom rng = new SplittableRandom(11);
        double[][] rows = new double[1027][3];
        for (double[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                row[c] = rng.nextInt(6); // 216 distinct points: ties and duplicates everywhere
            }
        }
        for (int k : new int[] {1, 5, 9}) {
            assertSelfNeighboursAreTheNaiveOnes(rows, k);
        }
    }

    private static void assertSelfNeighboursAreTheNaiveOnes(double[][] rows, int k) {
        int n = rows.length;
        Neighbours nb = KnnIndex.of(DenseMatrix.of(rows, Schema.numbered(rows[0].length))).selfNeighbours(k);
        for (int q = 0; q < n; q++) {
            final int query = q;
            int[] expected = IntStream.range(0, n).filter(r -> r != query).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(r -> squared(rows[query], rows[r])).thenComparing(r -> r))
                    .limit(k).mapToInt(Integer::intValue).toArray();
            assertArrayEquals(expected, nb.of(q), () -> "k=" + k + ", query " + query + " " + Arrays.toString(rows[query]));
            for (int j = 0; j < k; j++) {
                // the distances are the sums of squared differences, whichever of the pair was the query
                assertEquals(squared(rows[query], rows[expected[j]]), nb.squaredDistance(q, j), 1e-12);
            }
        }
    }

    private static double squared(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return s;
    }
}
