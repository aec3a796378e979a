package org.rebalance.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MulticlassMetricsTest {
    private static final double EPS = 1e-12;

    // Rows = truth, columns = predicted. n = 17, correct = 6 + 3 + 2 = 11.
    // Row totals t = [8, 5, 4], column totals p = [8, 6, 3].
    private static final ConfusionMatrix M = ConfusionMatrix.of(new long[][] {
        {6, 2, 0},
        {1, 3, 1},
        {1, 1, 2}});

    @Test
    void perClassValues() {
        // class 0: TP 6, FP 2, FN 2, TN 17 - 8 - 8 + 6 = 7
        // class 1: TP 3, FP 3, FN 2, TN 17 - 5 - 6 + 3 = 9
        // class 2: TP 2, FP 1, FN 2, TN 17 - 4 - 3 + 2 = 12
        assertEquals(0.75, MulticlassMetrics.precision(M, 0), EPS);       // 6 / 8
        assertEquals(0.5, MulticlassMetrics.precision(M, 1), EPS);        // 3 / 6
        assertEquals(2.0 / 3.0, MulticlassMetrics.precision(M, 2), EPS);  // 2 / 3
        assertEquals(0.75, MulticlassMetrics.recall(M, 0), EPS);          // 6 / 8
        assertEquals(0.6, MulticlassMetrics.recall(M, 1), EPS);           // 3 / 5
        assertEquals(0.5, MulticlassMetrics.recall(M, 2), EPS);           // 2 / 4
        assertEquals(0.75, MulticlassMetrics.f1(M, 0), EPS);              // 12 / (8 + 8)
        assertEquals(6.0 / 11.0, MulticlassMetrics.f1(M, 1), EPS);        // 6 / (5 + 6)
        assertEquals(4.0 / 7.0, MulticlassMetrics.f1(M, 2), EPS);         // 4 / (4 + 3)
        assertEquals(7.0 / 9.0, MulticlassMetrics.specificity(M, 0), EPS);   // 7 / (17 - 8)
        assertEquals(0.75, MulticlassMetrics.specificity(M, 1), EPS);        // 9 / (17 - 5)
        assertEquals(12.0 / 13.0, MulticlassMetrics.specificity(M, 2), EPS); // 12 / (17 - 4)
    }

    @Test
    void macroValues() {
        // precision (3/4 + 1/2 + 2/3) / 3 = (9 + 6 + 8) / 12 / 3 = 23/36
        assertEquals(23.0 / 36.0, MulticlassMetrics.macroPrecision(M), EPS);
        // recall (3/4 + 3/5 + 1/2) / 3 = 1.85 / 3 = 37/60
        assertEquals(37.0 / 60.0, MulticlassMetrics.macroRecall(M), EPS);
        // F1 (3/4 + 6/11 + 4/7) / 3 = (231 + 168 + 176) / 308 / 3 = 575/924
        assertEquals(575.0 / 924.0, MulticlassMetrics.macroF1(M), EPS);
        // specificity (7/9 + 3/4 + 12/13) / 3 = (364 + 351 + 432) / 468 / 3 = 1147/1404
        assertEquals(1147.0 / 1404.0, MulticlassMetrics.macroSpecificity(M), EPS);
        assertEquals(11.0 / 17.0, MulticlassMetrics.accuracy(M), EPS);
        // every class occurs in the truth, so balanced accuracy = macro recall
        assertEquals(37.0 / 60.0, MulticlassMetrics.balancedAccuracy(M), EPS);
        // (3/4 * 3/5 * 1/2)^(1/3) = 0.225^(1/3) = 0.6082201995573401
        assertEquals(0.6082201995573401, MulticlassMetrics.gMean(M), EPS);
    }

    @Test
    void gorodkinMcc() {
        // sum t_j p_j = 64 + 30 + 12 = 106; cov(y, yhat) = 11 * 17 - 106 = 81
        // n^2 - sum p_j^2 = 289 - (64 + 36 + 9) = 180; n^2 - sum t_j^2 = 289 - (64 + 25 + 16) = 184
        // MCC = 81 / sqrt(184 * 180) = 81 / sqrt(33120) = 0.44508181954215625
        assertEquals(0.44508181954215625, MulticlassMetrics.mcc(M), EPS);
    }

    @Test
    void mccMatchesBinaryFormulaForTwoClasses() {
        ConfusionMatrix m = ConfusionMatrix.of(new long[][] {{4, 2}, {1, 3}});
        assertEquals(BinaryMetrics.mcc(m), MulticlassMetrics.mcc(m), EPS);
    }

    @Test
    void constantPredictionsGiveMccZero() {
        ConfusionMatrix m = ConfusionMatrix.of(new int[] {0, 1, 2, 2}, new int[] {2, 2, 2, 2}, 3);
        assertEquals(0.0, MulticlassMetrics.mcc(m), 0.0);
    }

    @Test
    void classAbsentFromTruthIsLeftOutOfBalancedAccuracyOnly() {
        // class 2 is predicted once but never true. Recalls: 2/3, 1/2, (0, by zero_division)
        ConfusionMatrix m = ConfusionMatrix.of(new long[][] {{2, 0, 1}, {1, 1, 0}, {0, 0, 0}});
        assertEquals(7.0 / 12.0, MulticlassMetrics.balancedAccuracy(m), EPS); // (2/3 + 1/2) / 2
        assertEquals(7.0 / 18.0, MulticlassMetrics.macroRecall(m), EPS);      // (2/3 + 1/2 + 0) / 3
        assertEquals(0.0, MulticlassMetrics.gMean(m), 0.0);
        assertEquals(0.0, MulticlassMetrics.precision(m, 2), 0.0);           // 0 / 1
    }

    // Scores for the one-vs-rest ranking metrics, truth [0, 1, 2, 0, 1, 2].
    private static final int[] TRUTH = {0, 1, 2, 0, 1, 2};
    private static final MulticlassScores SCORES = MulticlassScores.of(
            new double[] {0.6, 0.3, 0.1},
            new double[] {0.2, 0.5, 0.3},
            new double[] {0.1, 0.2, 0.7},
            new double[] {0.3, 0.4, 0.3},
            new double[] {0.3, 0.3, 0.4},
            new double[] {0.2, 0.3, 0.5});

    @Test
    void macroOneVsRestRocAuc() {
        // class 0: positives 0.6, 0.3 vs negatives 0.2, 0.1, 0.3, 0.2 -> (4 + 3.5) / 8 = 0.9375
        // class 1: positives 0.5, 0.3 vs negatives 0.3, 0.2, 0.4, 0.3 -> (4 + 1 + 2*0.5) / 8 = 0.75
        // class 2: positives 0.7, 0.5 vs negatives 0.1, 0.3, 0.3, 0.4 -> 8 / 8 = 1
        // macro (0.9375 + 0.75 + 1) / 3 = 0.8958333...
        assertEquals(2.6875 / 3.0, MulticlassMetrics.rocAucOvr(TRUTH, SCORES), EPS);
    }

    @Test
    void macroOneVsRestAveragePrecision() {
        // class 0: >=0.6 TP1 FP0 -> 1/2 * 1; >=0.3 TP2 FP1 -> 1/2 * 2/3; AP = 5/6
        // class 1: >=0.5 TP1 FP0 -> 1/2 * 1; >=0.4 TP1 FP1; >=0.3 TP2 FP3 -> 1/2 * 2/5; AP = 7/10
        // class 2: both positives on top; AP = 1
        // macro (25/30 + 21/30 + 30/30) / 3 = 76/90 = 38/45
        assertEquals(38.0 / 45.0, MulticlassMetrics.averagePrecisionOvr(TRUTH, SCORES), EPS);
    }

    @Test
    void classAbsentFromTruthMakesRankingMetricsNaN() {
        int[] noClass2 = {0, 1, 0, 0, 1, 1};
        assertTrue(Double.isNaN(MulticlassMetrics.rocAucOvr(noClass2, SCORES)));
        assertTrue(Double.isNaN(MulticlassMetrics.averagePrecisionOvr(noClass2, SCORES)));
    }

    @Test
    void rankingMetricsCheckTheirInput() {
        assertThrows(IllegalArgumentException.class, () -> MulticlassMetrics.rocAucOvr(new int[] {0, 1}, SCORES));
        assertThrows(IllegalArgumentException.class,
                () -> MulticlassMetrics.rocAucOvr(new int[] {0, 1, 2, 0, 1, 3}, SCORES));
    }
}
