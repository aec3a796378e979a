package org.rebalance.core.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rebalance.core.metrics.BinaryScores;
import org.rebalance.core.metrics.MulticlassScores;

class PriorShiftTest {
    @Test
    void binaryByHand() {
        // trained at 50/50, corrected to 90/10: p = 0.5 -> 0.5*0.1/0.5 / (0.5*0.1/0.5 + 0.5*0.9/0.5) = 0.1;
        // p = 0.9 -> 0.9*0.2 / (0.9*0.2 + 0.1*1.8) = 0.18 / 0.36 = 0.5
        PriorShift shift = new PriorShift(new double[] {1, 1}, new double[] {0.9, 0.1});
        BinaryScores s = (BinaryScores) shift.correct(new BinaryScores(new double[] {0.5, 0.9}));
        assertArrayEquals(new double[] {0.1, 0.5}, s.positive(), 1e-12);
    }

    @Test
    void logitAdjustmentSubtractsTauLogPrior() {
        // prior 0.9 / 0.1, tau 1: logit of p = 0.5 is 0; minus log(0.1) - log(0.9) = +2.1972 -> p = 0.9
        BinaryScores s = (BinaryScores) PriorShift.logitAdjustment(new double[] {0.9, 0.1}, 1)
                .correct(new BinaryScores(new double[] {0.5}));
        assertEquals(0.9, s.positive()[0], 1e-12);
        // tau 0 changes nothing
        BinaryScores same = (BinaryScores) PriorShift.logitAdjustment(new double[] {0.9, 0.1}, 0)
                .correct(new BinaryScores(new double[] {0.3}));
        assertEquals(0.3, same.positive()[0], 1e-12);
    }

    @Test
    void multiclassRowsStayDistributionsAndEqualPriorsChangeNothing() {
        MulticlassScores in = new MulticlassScores(new double[][] {{0.2, 0.3, 0.5}});
        MulticlassScores same = (MulticlassScores) new PriorShift(new double[] {2, 2, 2}, new double[] {1, 1, 1})
                .correct(in);
        assertArrayEquals(new double[] {0.2, 0.3, 0.5}, same.probabilities()[0], 1e-12);
        // target prior 0.5 / 0.25 / 0.25 from uniform: 0.2*1.5, 0.3*0.75, 0.5*0.75 = 0.3, 0.225, 0.375 (sum 0.9)
        MulticlassScores shifted = (MulticlassScores) new PriorShift(new double[] {1, 1, 1},
                new double[] {0.5, 0.25, 0.25}).correct(in);
        assertArrayEquals(new double[] {0.3 / 0.9, 0.225 / 0.9, 0.375 / 0.9}, shifted.probabilities()[0], 1e-12);
        assertEquals(1.0, shifted.probabilities()[0][0] + shifted.probabilities()[0][1] + shifted.probabilities()[0][2],
                1e-12);
    }
}
