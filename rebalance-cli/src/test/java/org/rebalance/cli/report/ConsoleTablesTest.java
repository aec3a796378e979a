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
import org.rebalance.core.metrics.Threshold;

class ConsoleTablesTest {
    @Test
    void showsConfusionCountsAndMetricsPerPart() {
        ClassTarget truth = new ClassTarget(new int[] {0, 0, 0, 1, 1}, ClassNames.of("0", "1"));
        // predictions at 0.5: [0, 1, 0, 1, 0] -> TN 2, FP 1, FN 1, TP 1
        Evaluation e = Evaluation.of(Part.TEST, truth, new BinaryScores(new double[] {0.1, 0.6, 0.2, 0.9, 0.4}),
                Threshold.DEFAULT);
        String table = ConsoleTables.confusionAndMetrics(List.of(e), truth.classes());
        String[] lines = table.split("\n");
        assertTrue(lines[0].contains("test (n=5)"), table);
        assertEquals(List.of("t:0", "2", "1"), List.of(lines[2].trim().split("\\s+")));
        assertEquals(List.of("t:1", "1", "1"), List.of(lines[3].trim().split("\\s+")));
        assertTrue(table.contains("Sens") && table.contains("0.500"), table); // sensitivity 1/2
        assertTrue(table.contains("0.667"), table); // specificity 2/3
        assertEquals("n/a", ConsoleTables.format(Double.NaN));
    }
}
