package org.rebalance.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BinaryMetricsTest {
    private static final double EPS = 1e-12;

    /** Rows are the truth: {{TN, FP}, {FN, TP}}. */
    private static ConfusionMatrix matrix(long tn, long fp, long fn, long tp) {
        return ConfusionMatrix.of(new long[][] {{tn, fp}, {fn, tp}});
    }

    @Test
    void handComputedValues() {
        // TP 3, FN 1, FP 2, TN 4 (n = 10)
        ConfusionMatrix m = matrix(4, 2, 1, 3);
        assertEquals(0.75, BinaryMetrics.sensitivity(m), EPS);            // 3 / 4
        assertEquals(2.0 / 3.0, BinaryMetrics.specificity(m), EPS);       // 4 / 6
        assertEquals(0.6, BinaryMetrics.precision(m), EPS);               // 3 / 5
        assertEquals(2.0 / 3.0, BinaryMetrics.f1(m), EPS);                // 6 / (6 + 2 + 1)
        assertEquals(0.7, BinaryMetrics.accuracy(m), EPS);                // 7 / 10
        assertEquals(17.0 / 24.0, BinaryMetrics.balancedAccuracy(m), EPS); // (3/4 + 2/3) / 2
        // (3*4 - 2*1) / sqrt(5 * 4 * 6 * 5) = 10 / sqrt(600) = 1 / sqrt(6) = 0.4082482904638631
        assertEquals(0.4082482904638631, BinaryMetrics.mcc(m), EPS);
        // sqrt(3/4 * 2/3) = sqrt(1/2) = 0.7071067811865476
        assertEquals(0.7071067811865476, BinaryMetrics.gMean(m), EPS);
    }

    @Test
    void allPredictedNegative() {
        // truth [0, 0, 0, 1, 1], predicted all 0: TN 3, FN 2, TP = FP = 0
        ConfusionMatrix m = ConfusionMatrix.of(new int[] {0, 0, 0, 1, 1}, new int[5], 2);
        assertEquals(0.0, BinaryMetrics.precision(m), 0.0);   // no positive predictions: zero_division=0
        assertEquals(0.0, BinaryMetrics.sensitivity(m), 0.0);
        assertEquals(0.0, BinaryMetrics.f1(m), 0.0);          // precision + recall == 0
        assertEquals(0.0, BinaryMetrics.mcc(m), 0.0);         // predicted-positive marginal is 0
        assertEquals(1.0, BinaryMetrics.specificity(m), 0.0); // 3 / 3
        assertEquals(0.6, BinaryMetrics.accuracy(m), EPS);    // 3 / 5
        assertEquals(0.5, BinaryMetrics.balancedAccuracy(m), EPS); // (0 + 1) / 2
        assertEquals(0.0, BinaryMetrics.gMean(m), 0.0);
    }

    @Test
    void allPredictedPositive() {
        // truth [0, 1, 1], predicted all 1: TP 2, FP 1
        ConfusionMatrix m = ConfusionMatrix.of(new int[] {0, 1, 1}, new int[] {1, 1, 1}, 2);
        assertEquals(2.0 / 3.0, BinaryMetrics.precision(m), EPS);
        assertEquals(1.0, BinaryMetrics.sensitivity(m), 0.0);
        assertEquals(0.0, BinaryMetrics.specificity(m), 0.0);
        assertEquals(0.8, BinaryMetrics.f1(m), EPS);          // 4 / (4 + 1 + 0)
        assertEquals(0.0, BinaryMetrics.mcc(m), 0.0);         // predicted-negative marginal is 0
    }

    @Test
    void perfectPredictions() {
        ConfusionMatrix m = matrix(5, 0, 0, 3);
        assertEquals(1.0, BinaryMetrics.mcc(m), 0.0);
        assertEquals(1.0, BinaryMetrics.f1(m), 0.0);
        assertEquals(1.0, BinaryMetrics.balancedAccuracy(m), 0.0);
        assertEquals(1.0, BinaryMetrics.gMean(m), 0.0);
        assertEquals(-1.0, BinaryMetrics.mcc(matrix(0, 5, 3, 0)), 0.0); // all wrong
    }

    @Test
    void truthWithPositivesOnly() {
        // truth all 1, predicted [1, 1, 0, 1]: TP 3, FN 1, no negatives at all
        ConfusionMatrix m = ConfusionMatrix.of(new int[] {1, 1, 1, 1}, new int[] {1, 1, 0, 1}, 2);
        assertEquals(0.75, BinaryMetrics.sensitivity(m), EPS);
        assertEquals(0.0, BinaryMetrics.specificity(m), 0.0);  // no negatives: zero_division=0
        assertEquals(1.0, BinaryMetrics.precision(m), 0.0);
        assertEquals(0.75, BinaryMetrics.balancedAccuracy(m), EPS); // sklearn drops the absent class
        assertEquals(0.0, BinaryMetrics.mcc(m), 0.0);
        assertEquals(0.0, BinaryMetrics.gMean(m), 0.0);
    }

    @Test
    void emptyMatrix() {
        ConfusionMatrix m = matrix(0, 0, 0, 0);
        assertTrue(Double.isNaN(BinaryMetrics.accuracy(m)));
        assertTrue(Double.isNaN(BinaryMetrics.balancedAccuracy(m)));
        assertEquals(0.0, BinaryMetrics.f1(m), 0.0);
        assertEquals(0.0, BinaryMetrics.mcc(m), 0.0);
    }

    @Test
    void mccDoesNotOverflowOnLargeCounts() {
        // TN 3e9, FP 1e9, FN 5e8, TP 2e9: (2e9*3e9 - 1e9*5e8) / sqrt(3e9 * 2.5e9 * 4e9 * 3.5e9)
        //   = 5.5e18 / (1e18 * sqrt(105)) = 5.5 / sqrt(105) = 0.5367450401216932
        ConfusionMatrix m = matrix(3_000_000_000L, 1_000_000_000L, 500_000_000L, 2_000_000_000L);
        assertEquals(0.5367450401216932, BinaryMetrics.mcc(m), 1e-12);
        assertEquals(BinaryMetrics.mcc(m), MulticlassMetrics.mcc(m), 1e-12);
    }

    @Test
    void rejectsNonBinaryMatrix() {
        ConfusionMatrix m = ConfusionMatrix.of(new int[] {0, 1, 2}, new int[] {0, 1, 2}, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BinaryMetrics.f1(m));
        assertTrue(e.getMessage().contains("3 x 3"), e.getMessage());
    }
}
