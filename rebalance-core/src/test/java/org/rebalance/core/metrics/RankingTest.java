package org.rebalance.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RankingTest {
    private static final double EPS = 1e-12;

    // Tie case used throughout: positives are examples 2, 3, 5 (scores 0.4, 0.8, 0.9), negatives are
    // examples 0, 1, 4 (scores 0.1, 0.4, 0.8). Distinct thresholds from the top, cumulative counts:
    //   >= 0.9: {5}            TP 1, FP 0
    //   >= 0.8: {5, 3, 4}      TP 2, FP 1   (the tie 0.8 moves one positive and one negative at once)
    //   >= 0.4: {.., 2, 1}     TP 3, FP 2   (the tie 0.4 likewise)
    //   >= 0.1: all            TP 3, FP 3
    private static final int[] TIE_TRUTH = {0, 0, 1, 1, 0, 1};
    private static final double[] TIE_SCORES = {0.1, 0.4, 0.4, 0.8, 0.8, 0.9};

    @Test
    void scikitLearnDocumentationExample() {
        // sklearn docs: roc_auc_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) == 0.75
        //               average_precision_score(same) == 0.8333333333333333
        int[] y = {0, 0, 1, 1};
        double[] s = {0.1, 0.4, 0.35, 0.8};
        assertEquals(0.75, Ranking.rocAuc(y, s), EPS);
        assertEquals(0.8333333333333333, Ranking.averagePrecision(y, s), EPS);
    }

    @Test
    void rocAucWithTiesGivesHalfCredit() {
        // Trapezoids over (FP/3, TP/3): (0,0)->(0,1/3)->(1/3,2/3)->(2/3,1)->(1,1)
        //   2 * area * P * N = 0*(0+1) + 1*(1+2) + 1*(2+3) + 1*(3+3) = 14, area = 14 / 18 = 7/9.
        // Pair count check: 0.9 beats 3 negatives = 3; 0.8 beats 0.1, 0.4 and ties 0.8 = 2.5;
        //   0.4 beats 0.1 and ties 0.4 = 1.5; (3 + 2.5 + 1.5) / 9 = 7/9.
        assertEquals(7.0 / 9.0, Ranking.rocAuc(TIE_TRUTH, TIE_SCORES), EPS);
    }

    @Test
    void averagePrecisionGroupsTiesAsOneThreshold() {
        // sum (R_n - R_(n-1)) P_n over the thresholds above:
        //   0.9: (1/3 - 0) * 1/1 = 1/3;  0.8: (2/3 - 1/3) * 2/3 = 2/9;  0.4: (1 - 2/3) * 3/5 = 1/5;  0.1: 0
        //   1/3 + 2/9 + 1/5 = 15/45 + 10/45 + 9/45 = 34/45 = 0.7555...
        assertEquals(34.0 / 45.0, Ranking.averagePrecision(TIE_TRUTH, TIE_SCORES), EPS);
    }

    @Test
    void perfectSeparationGivesOne() {
        int[] y = {0, 1, 0, 1};
        double[] s = {0.2, 0.8, 0.1, 0.9};
        assertEquals(1.0, Ranking.rocAuc(y, s), 0.0);
        assertEquals(1.0, Ranking.averagePrecision(y, s), 0.0);
    }

    @Test
    void perfectlyReversedScores() {
        // y = [0, 0, 1, 1], s = [0.9, 0.8, 0.2, 0.1]: every negative above every positive, AUC 0.
        // AP: 0.9 TP0 FP1, 0.8 TP0 FP2, 0.2 TP1 FP2 -> 1/2 * 1/3, 0.1 TP2 FP2 -> 1/2 * 2/4; 1/6 + 1/4 = 5/12
        int[] y = {0, 0, 1, 1};
        double[] s = {0.9, 0.8, 0.2, 0.1};
        assertEquals(0.0, Ranking.rocAuc(y, s), 0.0);
        assertEquals(5.0 / 12.0, Ranking.averagePrecision(y, s), EPS);
    }

    @Test
    void allScoresTiedGiveChanceLevels() {
        // One threshold: ROC goes (0,0) -> (1,1), area 1/2; AP = recall 1 * precision 3/5.
        int[] y = {0, 1, 0, 1, 1};
        double[] s = {0.5, 0.5, 0.5, 0.5, 0.5};
        assertEquals(0.5, Ranking.rocAuc(y, s), EPS);
        assertEquals(0.6, Ranking.averagePrecision(y, s), EPS);
    }

    @Test
    void oneClassInTruthGivesNaN() {
        double[] s = {0.1, 0.7, 0.3};
        assertTrue(Double.isNaN(Ranking.rocAuc(new int[] {1, 1, 1}, s)));
        assertTrue(Double.isNaN(Ranking.rocAuc(new int[] {0, 0, 0}, s)));
        assertTrue(Double.isNaN(Ranking.averagePrecision(new int[] {1, 1, 1}, s)));
        assertTrue(Double.isNaN(Ranking.averagePrecision(new int[] {0, 0, 0}, s)));
        assertTrue(Double.isNaN(Ranking.rocAuc(new int[0], new double[0])));
    }

    @Test
    void negativeZeroAndZeroAreOneThreshold() {
        // -0.0 == 0.0, so the pair is a tie: half credit, AUC 1/2.
        assertEquals(0.5, Ranking.rocAuc(new int[] {1, 0}, new double[] {-0.0, 0.0}), 0.0);
        assertEquals(0.5, Ranking.rocAuc(new int[] {1, 0}, new double[] {0.0, -0.0}), 0.0);
    }

    @Test
    void infiniteScoresAreRanked() {
        int[] y = {0, 1, 0, 1};
        double[] s = {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0.0, 1.0};
        assertEquals(1.0, Ranking.rocAuc(y, s), 0.0);
    }

    @Test
    void rocCurveHasOnePointPerDistinctScore() {
        Curve c = Ranking.rocCurve(TIE_TRUTH, TIE_SCORES);
        assertArrayEquals(new double[] {Double.POSITIVE_INFINITY, 0.9, 0.8, 0.4, 0.1}, c.thresholds(), 0.0);
        assertArrayEquals(new double[] {0, 0, 1.0 / 3, 2.0 / 3, 1}, c.x(), EPS);
        assertArrayEquals(new double[] {0, 1.0 / 3, 2.0 / 3, 1, 1}, c.y(), EPS);
    }

    @Test
    void precisionRecallCurveStartsAtRecallZeroPrecisionOne() {
        // precision TP / (TP + FP): 1/1, 2/3, 3/5, 3/6
        Curve c = Ranking.precisionRecallCurve(TIE_TRUTH, TIE_SCORES);
        assertArrayEquals(new double[] {Double.POSITIVE_INFINITY, 0.9, 0.8, 0.4, 0.1}, c.thresholds(), 0.0);
        assertArrayEquals(new double[] {0, 1.0 / 3, 2.0 / 3, 1, 1}, c.x(), EPS);
        assertArrayEquals(new double[] {1, 1, 2.0 / 3, 0.6, 0.5}, c.y(), EPS);
        assertEquals(5, c.size());
    }

    @Test
    void rejectsBadInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Ranking.rocAuc(new int[] {0, 1, 1}, new double[] {0.1, 0.2}));
        assertTrue(e.getMessage().contains("3") && e.getMessage().contains("2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Ranking.rocAuc(new int[] {0, 2}, new double[] {0.1, 0.2}));
        assertThrows(IllegalArgumentException.class,
                () -> Ranking.averagePrecision(new int[] {0, 1}, new double[] {0.1, Double.NaN}));
    }

    @Test
    void curveChecksLengths() {
        assertThrows(IllegalArgumentException.class,
                () -> new Curve(new double[2], new double[2], new double[3]));
    }
}
