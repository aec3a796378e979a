package org.rebalance.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rebalance.core.ConfigException;

class MetricTest {
    @Test
    void keysAreStableSnakeCase() {
        assertEquals(List.of("recall", "specificity", "precision", "f1", "accuracy", "balanced_accuracy", "mcc",
                "g_mean", "roc_auc", "average_precision", "loss"),
                Arrays.stream(Metric.values()).map(Metric::key).collect(Collectors.toList()));
    }

    @Test
    void displayNames() {
        assertEquals(List.of("Sens", "Spec", "Prec", "F1", "Acc", "BalAcc", "MCC", "G-mean", "ROC-AUC", "PR-AUC",
                "Loss"), Arrays.stream(Metric.values()).map(Metric::displayName).collect(Collectors.toList()));
    }

    @Test
    void onlyLossIsLowerIsBetter() {
        for (Metric m : Metric.values()) {
            assertEquals(m != Metric.LOSS, m.higherIsBetter(), m.name());
            assertEquals(m == Metric.ROC_AUC || m == Metric.PR_AUC, m.needsScores(), m.name());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "balanced-accuracy, BALANCED_ACCURACY",
        "balanced_accuracy, BALANCED_ACCURACY",
        "BALANCED_ACCURACY, BALANCED_ACCURACY",
        "pr-auc, PR_AUC",
        "average_precision, PR_AUC",
        "average-precision, PR_AUC",
        "roc-auc, ROC_AUC",
        "sensitivity, SENSITIVITY",
        "recall, SENSITIVITY",
        "Recall, SENSITIVITY",
        "g-mean, G_MEAN",
        "mcc, MCC",
        "' loss ', LOSS"})
    void parseAcceptsKeysNamesAndKebabForms(String text, Metric expected) {
        assertEquals(expected, Metric.parse(text));
    }

    @Test
    void parseRoundTripsKeysAndCliNames() {
        for (Metric m : Metric.values()) {
            assertEquals(m, Metric.parse(m.key()));
            assertEquals(m, Metric.parse(m.cliName()));
        }
    }

    @Test
    void unknownNameListsTheValidOnes() {
        ConfigException e = assertThrows(ConfigException.class, () -> Metric.parse("auc"));
        assertTrue(e.getMessage().startsWith("unknown metric \"auc\""), e.getMessage());
        assertTrue(e.getMessage().contains("balanced-accuracy"), e.getMessage());
        assertTrue(e.getMessage().contains("pr-auc"), e.getMessage());
        assertThrows(ConfigException.class, () -> Metric.parse(null));
        assertFalse(e.getMessage().isBlank());
    }
}
