package org.rebalance.core.neighbours;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Schema;

class JaccardDistanceTest {
    private static DenseMatrix bits(double[][] rows) {
        return DenseMatrix.of(rows, Schema.numbered(rows[0].length));
    }

    @Test
    void distancesAreOneMinusSharedOverUnitedBits() {
        // a = 1100, b = 1010, c = 1110, e = 0001
        DenseMatrix m = bits(new double[][] {{1, 1, 0, 0}, {1, 0, 1, 0}, {1, 1, 1, 0}, {0, 0, 0, 1}});
        Neighbours n = KnnIndex.of(m, Distance.JACCARD).selfNeighbours(3);
        // from a: c shares 2 of 3 bits (1/3), b 1 of 3 (2/3), e none of 3 (1)
        assertArrayEquals(new int[] {2, 1, 3}, new int[] {n.index(0, 0), n.index(0, 1), n.index(0, 2)});
        assertEquals(1.0 / 3, n.distance(0, 0), 1e-12);
        assertEquals(2.0 / 3, n.distance(0, 1), 1e-12);
        assertEquals(1.0, n.distance(0, 2), 1e-12);
        // from e: nothing shared with anyone; ties keep the smaller index
        assertArrayEquals(new int[] {0, 1, 2}, new int[] {n.index(3, 0), n.index(3, 1), n.index(3, 2)});
    }

    @Test
    void jaccardAndEuclideanDisagreeWhenFingerprintsDifferInSize() {
        // q = 100000; x = 111110 shares q's bit among five (Jaccard 0.8, squared Euclidean 4);
        // y = 010000 shares nothing (Jaccard 1, squared Euclidean 2)
        DenseMatrix refs = bits(new double[][] {{1, 1, 1, 1, 1, 0}, {0, 1, 0, 0, 0, 0}});
        double[] q = {1, 0, 0, 0, 0, 0};
        Neighbours jaccard = KnnIndex.of(refs, Distance.JACCARD).query(q, 1, 1);
        Neighbours euclid = KnnIndex.of(refs).query(q, 1, 1);
        assertEquals(0, jaccard.index(0, 0));
        assertEquals(0.8, jaccard.distance(0, 0), 1e-12);
        assertEquals(1, euclid.index(0, 0));
        assertEquals(2.0, euclid.squaredDistance(0, 0), 1e-12);
        // two empty fingerprints are identical
        assertEquals(0.0, KnnIndex.of(bits(new double[][] {{0, 0}}), Distance.JACCARD).query(new double[] {0, 0}, 1, 1)
                .distance(0, 0), 1e-12);
    }

    @Test
    void namesParse() {
        assertEquals(Distance.JACCARD, Distance.parse(" Jaccard "));
        assertEquals("distance must be euclidean or jaccard, got \"cosine\"",
                assertThrows(ConfigException.class, () -> Distance.parse("cosine")).getMessage());
    }
}
