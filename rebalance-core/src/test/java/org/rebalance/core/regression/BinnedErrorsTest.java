package org.rebalance.core.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rebalance.core.regression.ShotRegion.ShotThresholds;

class BinnedErrorsTest {
    private static final double EPS = 1e-12;

    /**
     * Four unit bins over [0, 4] with thresholds many = 3, few = 2 (more than 3 training targets is many-shot,
     * 2 or 3 medium, fewer than 2 few).
     *
     * <p>Training targets: bin 0 gets -1 (clamped), 0.2, 0.5, 0.9 (4: MANY); bin 1 gets 1.2, 1.8 (2: MEDIUM);
     * bin 2 gets 2.5 (1: FEW); bin 3 none (0: FEW).
     *
     * <p>Six test points (truth, prediction, error):
     * bin 0: (0.5, 1.0, -0.5), (0.25, 0.25, 0), (0.75, 1.75, -1);
     * bin 1: (1.5, 1.0, 0.5), (1.25, 3.25, -2);
     * bin 2: (2.5, 1.5, 1); bin 3: none.
     */
    private static BinnedErrors example() {
        double[] train = {-1, 0.2, 0.5, 0.9, 1.2, 1.8, 2.5};
        double[] truth = {0.5, 0.25, 0.75, 1.5, 1.25, 2.5};
        double[] predicted = {1.0, 0.25, 1.75, 1.0, 3.25, 1.5};
        return BinnedErrors.of(TargetBins.of(0, 4, 4), train, truth, predicted, new ShotThresholds(3, 2));
    }

    @Test
    void perBin() {
        BinnedErrors e = example();
        assertEquals(4, e.bins().size());
        // bin 0: MSE (0.25 + 0 + 1) / 3 = 5/12, MAE (0.5 + 0 + 1) / 3 = 0.5, mean prediction (1 + 0.25 + 1.75) / 3 = 1
        assertEquals(new BinnedErrors.Bin(0, 0.5, 4, ShotRegion.MANY, 3, 5.0 / 12, 0.5, 1.0), e.bin(0));
        // bin 1: MSE (0.25 + 4) / 2 = 2.125, MAE (0.5 + 2) / 2 = 1.25, mean prediction (1 + 3.25) / 2 = 2.125
        assertEquals(new BinnedErrors.Bin(1, 1.5, 2, ShotRegion.MEDIUM, 2, 2.125, 1.25, 2.125), e.bin(1));
        // bin 2: one error of 1
        assertEquals(new BinnedErrors.Bin(2, 2.5, 1, ShotRegion.FEW, 1, 1.0, 1.0, 1.5), e.bin(2));
        BinnedErrors.Bin empty = e.bin(3);
        assertEquals(3.5, empty.centre(), EPS);
        assertEquals(0, empty.trainCount());
        assertEquals(ShotRegion.FEW, empty.region());
        assertEquals(0, empty.count());
        assertTrue(Double.isNaN(empty.mse()) && Double.isNaN(empty.mae()) && Double.isNaN(empty.meanPrediction()));
    }

    @Test
    void perRegion() {
        BinnedErrors e = example();
        assertEquals(new BinnedErrors.Region(ShotRegion.MANY, 3, 5.0 / 12, 0.5), e.region(ShotRegion.MANY));
        assertEquals(new BinnedErrors.Region(ShotRegion.MEDIUM, 2, 2.125, 1.25), e.region(ShotRegion.MEDIUM));
        // FEW holds bins 2 and 3, whose only test point is the one in bin 2
        assertEquals(new BinnedErrors.Region(ShotRegion.FEW, 1, 1.0, 1.0), e.region(ShotRegion.FEW));
    }

    @Test
    void balancedMseAveragesTheBinsWithTestSamples() {
        // (5/12 + 17/8 + 1) / 3 = (10 + 51 + 24) / 24 / 3 = 85/72 = 1.1805555555555556; bin 3 is skipped.
        // The plain MSE of the six points is (1.25 + 4.25 + 1) / 6 = 13/12: the crowded bin 0 weighs less here.
        assertEquals(85.0 / 72, example().balancedMse(), EPS);
    }

    @Test
    void defaultThresholdsAndEmptyRegions() {
        // with many = 100, few = 20 all of the example's bins are few-shot
        double[] truth = {0.5, 2.5};
        BinnedErrors e = BinnedErrors.of(TargetBins.of(0, 4, 4), new double[] {0.5, 1.5}, truth, new double[] {1, 1});
        assertEquals(0, e.region(ShotRegion.MANY).count());
        assertTrue(Double.isNaN(e.region(ShotRegion.MANY).mse()));
        assertEquals(new BinnedErrors.Region(ShotRegion.FEW, 2, 1.25, 1.0), e.region(ShotRegion.FEW)); // 0.25, 2.25
        assertEquals(1.25, e.balancedMse(), EPS); // (0.25 + 2.25) / 2
        BinnedErrors none = BinnedErrors.of(TargetBins.of(0, 4, 4), new double[] {1}, new double[0], new double[0]);
        assertTrue(Double.isNaN(none.balancedMse()));
    }

    @Test
    void mismatchedPredictionsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> BinnedErrors.of(TargetBins.of(0, 1, 2), new double[] {0.5}, new double[2], new double[3]));
    }
}
