package org.rebalance.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Part;

class EvaluationTest {
    private static final double EPS = 1e-12;
    private static final ClassNames BINARY = ClassNames.of("neg", "pos");
    private static final ClassNames THREE = ClassNames.of("a", "b", "c");

    @Test
    void binaryEvaluationComputesEveryMetricButLoss() {
        // truth [0, 0, 1, 1, 0, 1], scores [0.1, 0.4, 0.4, 0.8, 0.8, 0.9], threshold 0.5
        // predicted [0, 0, 0, 1, 1, 1]: TP 2 (3, 5), FP 1 (4), FN 1 (2), TN 2 (0, 1)
        ClassTarget truth = new ClassTarget(new int[] {0, 0, 1, 1, 0, 1}, BINARY);
        BinaryScores s = BinaryScores.of(0.1, 0.4, 0.4, 0.8, 0.8, 0.9);
        Evaluation e = Evaluation.binary(Part.VALID, truth, s, Threshold.DEFAULT);

        assertEquals(Part.VALID, e.part());
        assertArrayEquals(new long[][] {{2, 1}, {1, 2}}, e.confusion().toArray());
        assertEquals(EnumSet.complementOf(EnumSet.of(Metric.LOSS)), e.values().keySet());
        assertEquals(2.0 / 3.0, e.get(Metric.SENSITIVITY), EPS);       // 2 / 3
        assertEquals(2.0 / 3.0, e.get(Metric.SPECIFICITY), EPS);       // 2 / 3
        assertEquals(2.0 / 3.0, e.get(Metric.PRECISION), EPS);         // 2 / 3
        assertEquals(2.0 / 3.0, e.get(Metric.F1), EPS);                // 4 / (4 + 1 + 1)
        assertEquals(2.0 / 3.0, e.get(Metric.ACCURACY), EPS);          // 4 / 6
        assertEquals(2.0 / 3.0, e.get(Metric.BALANCED_ACCURACY), EPS);
        assertEquals(1.0 / 3.0, e.get(Metric.MCC), EPS);               // (2*2 - 1*1) / sqrt(3^4) = 3 / 9
        assertEquals(2.0 / 3.0, e.get(Metric.G_MEAN), EPS);            // sqrt(2/3 * 2/3)
        assertEquals(7.0 / 9.0, e.get(Metric.ROC_AUC), EPS);           // see RankingTest
        assertEquals(34.0 / 45.0, e.get(Metric.PR_AUC), EPS);          // see RankingTest
    }

    @Test
    void multiclassEvaluationUsesArgmaxAndMacroValues() {
        // argmax of the rows: [0, 1, 2, 1, 2, 2] against truth [0, 1, 2, 0, 1, 2]
        // confusion [[1, 1, 0], [0, 1, 1], [0, 0, 2]]; t = [2, 2, 2], p = [1, 2, 3]
        ClassTarget truth = new ClassTarget(new int[] {0, 1, 2, 0, 1, 2}, THREE);
        MulticlassScores s = MulticlassScores.of(
                new double[] {0.6, 0.3, 0.1},
                new double[] {0.2, 0.5, 0.3},
                new double[] {0.1, 0.2, 0.7},
                new double[] {0.3, 0.4, 0.3},
                new double[] {0.3, 0.3, 0.4},
                new double[] {0.2, 0.3, 0.5});
        Evaluation e = Evaluation.multiclass(Part.TEST, truth, s);

        assertArrayEquals(new long[][] {{1, 1, 0}, {0, 1, 1}, {0, 0, 2}}, e.confusion().toArray());
        assertEquals(4.0 / 6.0, e.get(Metric.ACCURACY), EPS);
        assertEquals(2.0 / 3.0, e.get(Metric.SENSITIVITY), EPS);        // (1/2 + 1/2 + 1) / 3
        assertEquals(2.0 / 3.0, e.get(Metric.BALANCED_ACCURACY), EPS);
        assertEquals(13.0 / 18.0, e.get(Metric.PRECISION), EPS);        // (1 + 1/2 + 2/3) / 3
        assertEquals(59.0 / 90.0, e.get(Metric.F1), EPS);               // (2/3 + 1/2 + 4/5) / 3
        assertEquals(5.0 / 6.0, e.get(Metric.SPECIFICITY), EPS);        // (4/4 + 3/4 + 3/4) / 3
        // (4 * 6 - (2 + 4 + 6)) / sqrt((36 - 14) * (36 - 12)) = 12 / sqrt(528)
        assertEquals(0.5222329678670935, e.get(Metric.MCC), EPS);
        assertEquals(0.6299605249474366, e.get(Metric.G_MEAN), EPS);    // (1/2 * 1/2 * 1)^(1/3)
        assertEquals(2.6875 / 3.0, e.get(Metric.ROC_AUC), EPS);         // see MulticlassMetricsTest
        assertEquals(38.0 / 45.0, e.get(Metric.PR_AUC), EPS);
        assertEquals(e, Evaluation.of(Part.TEST, truth, s, Threshold.DEFAULT));
    }

    @Test
    void ofDispatchesBinaryScores() {
        ClassTarget truth = new ClassTarget(new int[] {0, 1}, BINARY);
        BinaryScores s = BinaryScores.of(0.2, 0.7);
        assertEquals(Evaluation.binary(Part.TRAIN, truth, s, new Threshold(0.3)),
                Evaluation.of(Part.TRAIN, truth, s, new Threshold(0.3)));
    }

    @Test
    void oneClassPartHasNaNRankingMetrics() {
        ClassTarget truth = new ClassTarget(new int[] {1, 1, 1}, BINARY);
        Evaluation e = Evaluation.binary(Part.TEST, truth, BinaryScores.of(0.2, 0.6, 0.9), Threshold.DEFAULT);
        assertTrue(Double.isNaN(e.get(Metric.ROC_AUC)));
        assertTrue(Double.isNaN(e.get(Metric.PR_AUC)));
        assertEquals(2.0 / 3.0, e.get(Metric.SENSITIVITY), EPS);
    }

    @Test
    void withLossAddsLossAndLeavesTheOriginal() {
        ClassTarget truth = new ClassTarget(new int[] {0, 1}, BINARY);
        Evaluation e = Evaluation.binary(Part.VALID, truth, BinaryScores.of(0.2, 0.7), Threshold.DEFAULT);
        Evaluation withLoss = e.withLoss(0.25);
        assertEquals(0.25, withLoss.get(Metric.LOSS), 0.0);
        assertEquals(e.get(Metric.F1), withLoss.get(Metric.F1), 0.0);
        assertFalse(e.has(Metric.LOSS));
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> e.get(Metric.LOSS));
        assertEquals("metric loss was not computed for the valid part", x.getMessage());
    }

    @Test
    void valuesAreUnmodifiableAndInMetricOrder() {
        Evaluation e = new Evaluation(Part.TRAIN, ConfusionMatrix.of(new long[][] {{1}}),
                Map.of(Metric.LOSS, 1.0, Metric.ACCURACY, 0.5));
        assertEquals(List.of(Metric.ACCURACY, Metric.LOSS), List.copyOf(e.values().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> e.values().put(Metric.F1, 1.0));
    }

    @Test
    void rejectsMismatchedInputs() {
        ClassTarget truth = new ClassTarget(new int[] {0, 1, 1}, BINARY);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Evaluation.binary(Part.TEST, truth, BinaryScores.of(0.1, 0.2), Threshold.DEFAULT));
        assertEquals("truth has 3 labels but there are 2 scores", e.getMessage());
        ClassTarget three = new ClassTarget(new int[] {0, 1, 2}, THREE);
        assertThrows(IllegalArgumentException.class,
                () -> Evaluation.binary(Part.TEST, three, BinaryScores.of(0.1, 0.2, 0.3), Threshold.DEFAULT));
        assertThrows(IllegalArgumentException.class, () -> Evaluation.multiclass(Part.TEST, three,
                MulticlassScores.of(new double[] {1, 0}, new double[] {0, 1}, new double[] {1, 0})));
    }
}
