package org.rebalance.core.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Origin;
import org.rebalance.core.data.RegressionTarget;
import org.rebalance.core.data.Schema;
import org.rebalance.core.neighbours.KnnIndex;
import org.rebalance.core.neighbours.Neighbours;

class SmoterTest {
    /**
     * 48 rows of 2-D features uniform in [0, 10) (seeded), targets: 40 in the bulk (i / 39), a high extreme
     * {10, 10.5, 11, 11.5, 12} and a low extreme {-10, -10.5, -11}, scattered over the rows by i -> 7i mod 48.
     * Relevance (scipy, as in RelevanceTest): bulk at most 0.028, the eight extremes at least 0.949, so at
     * threshold 0.5 exactly those eight are rare; the median is 0.526.
     */
    static DenseMatrix features(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[n * 2];
        for (int i = 0; i < v.length; i++) {
            v[i] = 10 * r.nextDouble();
        }
        return DenseMatrix.wrap(v, n, Schema.numbered(2));
    }

    static double[] targets(double... extremes) {
        double[] ordered = new double[40 + extremes.length];
        for (int i = 0; i < 40; i++) {
            ordered[i] = i / 39.0;
        }
        System.arraycopy(extremes, 0, ordered, 40, extremes.length);
        double[] y = new double[ordered.length];
        for (int i = 0; i < y.length; i++) {
            y[(7 * i) % y.length] = ordered[i];
        }
        return y;
    }

    private static final double[] Y = targets(10, 10.5, 11, 11.5, 12, -10, -10.5, -11);
    private static final DenseMatrix X = features(48, 5);

    private static int[] rowsWhere(double[] y, double lo, double hi) {
        return Arrays.stream(rangeOf(y.length)).filter(i -> y[i] >= lo && y[i] <= hi).toArray();
    }

    private static int[] rangeOf(int n) {
        int[] r = new int[n];
        Arrays.setAll(r, i -> i);
        return r;
    }

    @Test
    void syntheticPointsInterpolateASeedAndOneOfItsRareNeighboursWithTheTargetFollowingTheGap() {
        int k = 2;
        RegressionResampling plan = new Smoter(k, 0.5, 3.0, 1.0).plan(X, Y, new SplittableRandom(9));
        int[][] extremes = {rowsWhere(Y, -11, -10), rowsWhere(Y, 10, 12)};
        assertEquals(24, plan.syntheticCount());
        for (int s = 0; s < plan.syntheticCount(); s++) {
            double[] p = plan.syntheticRow(s);
            double t = plan.syntheticTargets()[s];
            int[] members = extremes[s < 9 ? 0 : 1]; // low extreme first: 3 x 3, then high: 5 x 3
            Neighbours nb = KnnIndex.of(X, members).selfNeighbours(k);
            boolean found = false;
            for (int a = 0; a < members.length && !found; a++) {
                for (int j = 0; j < k && !found; j++) {
                    int b = nb.index(a, j);
                    double g = gap(p, X.row(members[a]), X.row(members[b]));
                    if (g >= 0 && g < 1) {
                        double ya = Y[members[a]];
                        double yb = Y[members[b]];
                        assertEquals(ya + g * (yb - ya), t, 1e-9, "target of synthetic row " + s);
                        assertTrue(t >= Math.min(ya, yb) && t <= Math.max(ya, yb));
                        found = true;
                    }
                }
            }
            assertTrue(found, "synthetic row " + s + " is on no segment from a rare seed to a rare neighbour");
        }
    }

    /** g with p = a + g (b - a) to 1e-9 (NaN if p is not on the line through a and b). */
    static double gap(double[] p, double[] a, double[] b) {
        double g = (p[0] - a[0]) / (b[0] - a[0]);
        for (int c = 0; c < p.length; c++) {
            if (Math.abs(a[c] + g * (b[c] - a[c]) - p[c]) > 1e-9) {
                return Double.NaN;
            }
        }
        return g;
    }

    @Test
    void countsAreExactlyWhatTheRatiosSay() {
        // high: 5 rare -> round(1.5 * 5) = 8 synthetic; low: 3 rare -> round(4.5) = 5; normal: 40 -> 20 kept
        RegressionResampling plan = new Smoter(5, 0.5, 1.5, 0.5).plan(X, Y, new SplittableRandom(2));
        assertEquals(13, plan.syntheticCount());
        double[] t = plan.syntheticTargets();
        for (int s = 0; s < 5; s++) {
            assertTrue(t[s] >= -11 && t[s] <= -10, "low extreme first: " + t[s]);
        }
        for (int s = 5; s < 13; s++) {
            assertTrue(t[s] >= 10 && t[s] <= 12, "then the high extreme: " + t[s]);
        }
        int[] rows = plan.rows();
        assertEquals(28, rows.length);
        for (int i = 1; i < rows.length; i++) {
            assertTrue(rows[i] > rows[i - 1], "kept rows ascending, no repeats");
        }
        long rareKept = Arrays.stream(rows).filter(r -> Math.abs(Y[r]) >= 10).count();
        assertEquals(8, rareKept);
        assertEquals(48 - 20 + 13, plan.size());
    }

    @Test
    void noOverAndNoUnderIsTheIdentityPlan() {
        RegressionResampling plan = new Smoter(5, 0.5, 0.0, 1.0).plan(X, Y, new SplittableRandom(2));
        assertArrayEquals(rangeOf(48), plan.rows());
        assertEquals(0, plan.syntheticCount());
    }

    @Test
    void kLargerThanAnExtremeFallsBackToAllItsOtherRareExamples() {
        // k = 10 against extremes of 5 and 3: neighbours are the other 4 and 2; every new point still lies
        // between two rare points of one extreme
        RegressionResampling plan = new Smoter(10, 0.5, 2.0, 1.0).plan(X, Y, new SplittableRandom(4));
        assertEquals(16, plan.syntheticCount());
        int[][] extremes = {rowsWhere(Y, -11, -10), rowsWhere(Y, 10, 12)};
        for (int s = 0; s < 16; s++) {
            int[] members = extremes[s < 6 ? 0 : 1];
            double[] p = plan.syntheticRow(s);
            boolean found = false;
            for (int a : members) {
                for (int b : members) {
                    double g = a == b ? Double.NaN : gap(p, X.row(a), X.row(b));
                    found |= g >= 0 && g <= 1;
                }
            }
            assertTrue(found, "synthetic row " + s);
        }
    }

    @Test
    void anExtremeWithASingleRareExampleGetsNoSyntheticExamples() {
        // bulk + {10, 10.5, 11, 11.5, 12} + {-10}: relevance of -10 is 1.0 (scipy), but it has no neighbour
        double[] y = targets(10, 10.5, 11, 11.5, 12, -10);
        RegressionResampling plan = new Smoter(3, 0.5, 1.0, 1.0).plan(features(46, 6), y, new SplittableRandom(1));
        assertEquals(5, plan.syntheticCount());
        for (double t : plan.syntheticTargets()) {
            assertTrue(t >= 10 && t <= 12, "only the high extreme grows: " + t);
        }
        assertEquals(46, plan.rows().length);
    }

    @Test
    void sameSeedSamePlanOtherSeedOtherPlan() {
        Smoter smoter = new Smoter(3, 0.5, 2.5, 0.7);
        RegressionResampling a = smoter.plan(X, Y, new SplittableRandom(17));
        assertEquals(a, smoter.plan(X, Y, new SplittableRandom(17)));
        assertNotEquals(a, smoter.plan(X, Y, new SplittableRandom(18)));
    }

    @Test
    void defaultsDoubleTheRareSetAndKeepEveryRow() {
        RegressionResampling plan = new Smoter().plan(X, Y, new SplittableRandom(3));
        Dataset<DenseMatrix> train = new Dataset<>(X, new RegressionTarget(Y), new Origin("fixture", "", 48));
        Dataset<DenseMatrix> out = plan.applyTo(train);
        assertEquals(56, out.size());
        double[] y = ((RegressionTarget) out.target()).values();
        assertArrayEquals(Y, Arrays.copyOf(y, 48), 0);
        assertArrayEquals(plan.syntheticTargets(), Arrays.copyOfRange(y, 48, 56), 0);
        for (int s = 0; s < 8; s++) {
            assertArrayEquals(plan.syntheticRow(s), out.inputs().row(48 + s), 0);
        }
    }

    @Test
    void badParametersAreOneLineConfigErrors() {
        assertEquals("smoter: k must be >= 1, got 0",
                assertThrows(ConfigException.class, () -> new Smoter(0, 0.5, 1, 1)).getMessage());
        assertEquals("smoter: relevance threshold must be in [0, 1], got 1.2",
                assertThrows(ConfigException.class, () -> new Smoter(5, 1.2, 1, 1)).getMessage());
        assertEquals("smoter: over ratio must be finite and >= 0, got -1.0",
                assertThrows(ConfigException.class, () -> new Smoter(5, 0.5, -1, 1)).getMessage());
        assertEquals("smoter: under ratio must be in [0, 1], got 1.5",
                assertThrows(ConfigException.class, () -> new Smoter(5, 0.5, 1, 1.5)).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new Smoter().plan(X, Arrays.copyOf(Y, 47), new SplittableRandom(1)));
    }
}
