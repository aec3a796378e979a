package org.rebalance.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Part;
import org.rebalance.core.metrics.BinaryScores;
import org.rebalance.core.metrics.Evaluation;
import org.rebalance.core.metrics.Metric;
import org.rebalance.core.metrics.Threshold;

class StrategyComparisonTest {
    private static final ClassTarget TRUTH = new ClassTarget(new int[] {0, 0, 0, 0, 0, 0, 1, 1, 1, 1},
            ClassNames.of("0", "1"));

    private static Evaluation eval(Part part, double... scores) {
        return Evaluation.of(part, TRUTH, new BinaryScores(scores), Threshold.DEFAULT);
    }

    @Test
    void winnerIsChosenOnValidationNotOnTest() {
        // "none" finds 1 of 4 positives on valid (balanced accuracy 0.625) but all 4 on test;
        // "weighted" finds 3 of 4 on valid (balanced accuracy 0.875) and 3 of 4 on test.
        Evaluation noneValid = eval(Part.VALID, 0, 0, 0, 0, 0, 0, 0.9, 0.1, 0.1, 0.1);
        Evaluation noneTest = eval(Part.TEST, 0, 0, 0, 0, 0, 0, 0.9, 0.9, 0.9, 0.9);
        Evaluation weightedValid = eval(Part.VALID, 0, 0, 0, 0, 0, 0, 0.9, 0.9, 0.9, 0.1);
        Evaluation weightedTest = eval(Part.TEST, 0, 0, 0, 0, 0, 0.7, 0.9, 0.9, 0.9, 0.1);
        assertEquals(0.625, noneValid.get(Metric.BALANCED_ACCURACY), 1e-12);
        assertEquals(0.875, weightedValid.get(Metric.BALANCED_ACCURACY), 1e-12);
        StrategyComparison c = new StrategyComparison(List.of(
                new StrategyComparison.Entry("none", noneValid, noneTest, 1.0),
                new StrategyComparison.Entry("weighted", weightedValid, weightedTest, 1.0)), Metric.BALANCED_ACCURACY);
        assertEquals("weighted", c.best().strategy());
        String verdict = c.verdict("none");
        assertTrue(verdict.contains("\"weighted\" is best"), verdict);
        assertTrue(verdict.contains("finds 3 of 4 rare cases"), verdict);
        assertTrue(verdict.contains("\"none\" finds 4"), verdict);
        assertTrue(verdict.contains("raises 1 false alarms where \"none\" raises 0"), verdict);
        assertTrue(c.table().contains("3/4"), c.table());
    }
}
