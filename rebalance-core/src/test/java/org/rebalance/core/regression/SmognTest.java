package org.rebalance.core.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Schema;

class SmognTest {
    /**
     * Rows 0..39: the bulk, targets i / 39, features uniform in [0, 10)². Rows 40, 41, 42: the rare high
     * extreme A = (0, 0) -> 10, B = (0.1, 0.1) -> 10.5, C = (10, 10) -> 11. Relevance (scipy, as in
     * RelevanceTest): bulk at most 0.073, A, B, C at least 0.994, so exactly A, B, C are rare at 0.5; the
     * median is 0.538, so they form the high extreme.
     *
     * <p>With k = 2: A's neighbours are B (0.141) and C (14.14), safe distance (0.141 + 14.14) / 4 = 3.571,
     * so A interpolates towards B and perturbs when it draws C; the same for B; C's neighbours are B
     * (14.00) and A (14.14), safe distance 7.04, so C always perturbs. All three lie on the diagonal, so an
     * interpolated point has equal coordinates and a perturbed one (almost surely) does not.
     *
     * <p>Standard deviations over A, B, C (numpy std, divisor 3): features 4.690652643526509 each, targets
     * 0.408248290463863.
     */
    private static final double[] Y = new double[43];
    private static final DenseMatrix X;

    static {
        SplittableRandom r = new SplittableRandom(12);
        double[] v = new double[43 * 2];
        for (int i = 0; i < 40; i++) {
            Y[i] = i / 39.0;
            v[2 * i] = 10 * r.nextDouble();
            v[2 * i + 1] = 10 * r.nextDouble();
        }
        double[][] rare = {{0, 0, 10}, {0.1, 0.1, 10.5}, {10, 10, 11}};
        for (int j = 0; j < 3; j++) {
            v[2 * (40 + j)] = rare[j][0];
            v[2 * (40 + j) + 1] = rare[j][1];
            Y[40 + j] = rare[j][2];
        }
        X = DenseMatrix.wrap(v, 43, Schema.numbered(2));
    }

    private static final double FEATURE_SD = 4.690652643526509;
    private static final double TARGET_SD = 0.408248290463863;

    @Test
    void safeDistanceIsHalfTheMedianDistanceToTheKRareNeighbours() {
        Smoter.Extreme e = new Smoter.Extreme(X, Y, new int[] {40, 41, 42}, 2);
        assertEquals((Math.hypot(0.1, 0.1) + Math.hypot(10, 10)) / 4, e.safeDistance(0), 1e-12);
        assertEquals((Math.hypot(9.9, 9.9) + Math.hypot(10, 10)) / 4, e.safeDistance(2), 1e-12);
        assertArrayEquals(new double[] {FEATURE_SD, FEATURE_SD}, e.featureSd(), 1e-12);
        assertEquals(TARGET_SD, e.targetSd(), 1e-12);
        // k = 1 (median of one distance): A's only neighbour B is beyond half of its own distance
        assertEquals(Math.hypot(0.1, 0.1) / 2, new Smoter.Extreme(X, Y, new int[] {40, 41, 42}, 1).safeDistance(0),
                1e-12);
    }

    @Test
    void closeNeighboursAreInterpolatedAndFarOnesReplacedByNoiseAroundTheSeed() {
        double pert = 0.02;
        RegressionResampling plan = new Smogn(2, 0.5, 100, 1.0, pert).plan(X, Y, new SplittableRandom(7));
        assertEquals(300, plan.syntheticCount());
        double[][] seeds = {{0, 0}, {0.1, 0.1}, {10, 10}};
        double[] seedY = {10, 10.5, 11};
        int[] interpolated = new int[3];
        double featureSq = 0;
        double targetSq = 0;
        int perturbed = 0;
        for (int s = 0; s < 300; s++) {
            int seed = s / 100; // 100 per seed, seeds in row order
            double[] p = plan.syntheticRow(s);
            double t = plan.syntheticTargets()[s];
            if (p[0] == p[1]) {
                interpolated[seed]++;
                // on the segment A-B, target following the gap
                assertTrue(p[0] >= 0 && p[0] <= 0.1, "interpolated point " + p[0]);
                assertEquals(10 + p[0] / 0.1 * 0.5, t, 1e-9);
            } else {
                perturbed++;
                for (int c = 0; c < 2; c++) {
                    double dev = p[c] - seeds[seed][c];
                    assertTrue(Math.abs(dev) < 6 * pert * FEATURE_SD, "deviation " + dev);
                    featureSq += dev * dev;
                }
                double dev = t - seedY[seed];
                assertTrue(Math.abs(dev) < 6 * pert * TARGET_SD, "target deviation " + dev);
                targetSq += dev * dev;
            }
        }
        assertEquals(0, interpolated[2], "C never interpolates");
        assertTrue(interpolated[0] >= 30 && interpolated[0] <= 70, "A draws B about half the time: " + interpolated[0]);
        assertTrue(interpolated[1] >= 30 && interpolated[1] <= 70, "B draws A about half the time: " + interpolated[1]);
        // noise sd: 0.02 * 4.6907 = 0.0938 per feature, 0.02 * 0.4082 = 0.00816 for the target
        assertEquals(pert * FEATURE_SD, Math.sqrt(featureSq / (2 * perturbed)), 0.15 * pert * FEATURE_SD);
        assertEquals(pert * TARGET_SD, Math.sqrt(targetSq / perturbed), 0.15 * pert * TARGET_SD);
    }

    @Test
    void zeroPerturbationCopiesTheSeed() {
        RegressionResampling plan = new Smogn(2, 0.5, 4, 1.0, 0.0).plan(X, Y, new SplittableRandom(1));
        assertEquals(12, plan.syntheticCount());
        for (int s = 8; s < 12; s++) {
            assertArrayEquals(new double[] {10, 10}, plan.syntheticRow(s), 0);
            assertEquals(11.0, plan.syntheticTargets()[s], 0);
        }
    }

    @Test
    void countsAndUnderSamplingFollowTheRatios() {
        // 3 rare -> round(2.5 * 3) = 8 synthetic; 40 normal -> round(0.25 * 40) = 10 kept
        RegressionResampling plan = new Smogn(2, 0.5, 2.5, 0.25, 0.02).plan(X, Y, new SplittableRandom(5));
        assertEquals(8, plan.syntheticCount());
        int[] rows = plan.rows();
        assertEquals(13, rows.length);
        assertArrayEquals(new int[] {40, 41, 42}, java.util.Arrays.copyOfRange(rows, 10, 13));
    }

    @Test
    void sameSeedSamePlanOtherSeedOtherPlan() {
        Smogn smogn = new Smogn();
        RegressionResampling a = smogn.plan(X, Y, new SplittableRandom(21));
        assertEquals(a, smogn.plan(X, Y, new SplittableRandom(21)));
        assertNotEquals(a, smogn.plan(X, Y, new SplittableRandom(22)));
    }

    @Test
    void badParametersAreOneLineConfigErrors() {
        assertEquals("smogn: perturbation must be finite and >= 0, got -0.1",
                assertThrows(ConfigException.class, () -> new Smogn(5, 0.5, 1, 1, -0.1)).getMessage());
        assertEquals("smogn: k must be >= 1, got -2",
                assertThrows(ConfigException.class, () -> new Smogn(-2, 0.5, 1, 1, 0.02)).getMessage());
    }
}
