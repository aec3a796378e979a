package org.rebalance.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;

class ThresholdRuleTest {
    private static final ClassNames BINARY = ClassNames.of("neg", "pos");

    // Ties: candidates from the top, cumulative (TP, FP) with P = N = 3:
    //   0.9 (1, 0), 0.8 (2, 1), 0.4 (3, 2), 0.1 (3, 3)
    private static final ClassTarget TIE_TRUTH = new ClassTarget(new int[] {0, 0, 1, 1, 0, 1}, BINARY);
    private static final BinaryScores TIE_SCORES = BinaryScores.of(0.1, 0.4, 0.4, 0.8, 0.8, 0.9);

    // No ties, P = 3, N = 4: candidates 0.7 (1, 0), 0.6 (2, 0), 0.5 (2, 1), 0.4 (3, 1), 0.3 (3, 2),
    //   0.2 (3, 3), 0.1 (3, 4)
    private static final ClassTarget TRUTH = new ClassTarget(new int[] {0, 0, 0, 1, 0, 1, 1}, BINARY);
    private static final BinaryScores SCORES = BinaryScores.of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7);

    @Test
    void fixedIgnoresTheData() {
        assertEquals(new Threshold(0.3), new ThresholdRule.Fixed(0.3).choose(TRUTH, SCORES));
    }

    @Test
    void maxF1() {
        // F1 = 2 TP / (TP + FP + P): 0.7: 2/4, 0.6: 4/5, 0.5: 4/6, 0.4: 6/7 (best), 0.3: 6/8, ...
        assertEquals(new Threshold(0.4), new ThresholdRule.MaxF1().choose(TRUTH, SCORES));
        // ties: 0.9: 2/4, 0.8: 4/6, 0.4: 6/8 (best), 0.1: 6/9
        Threshold t = new ThresholdRule.MaxF1().choose(TIE_TRUTH, TIE_SCORES);
        assertEquals(new Threshold(0.4), t);
        // both tied 0.4 examples land on the positive side
        assertArrayEquals(new int[] {0, 1, 1, 1, 1, 1}, TIE_SCORES.predict(t));
    }

    @Test
    void maxYouden() {
        // J = TP/3 - FP/4: 0.7: 1/3, 0.6: 2/3, 0.5: 5/12, 0.4: 3/4 (best), 0.3: 1/2, 0.2: 1/4, 0.1: 0
        assertEquals(new Threshold(0.4), new ThresholdRule.MaxYouden().choose(TRUTH, SCORES));
        // ties: J = (TP - FP)/3: 0.9: 1/3, 0.8: 1/3, 0.4: 1/3, 0.1: 0; the highest of the equal ones wins
        assertEquals(new Threshold(0.9), new ThresholdRule.MaxYouden().choose(TIE_TRUTH, TIE_SCORES));
    }

    @Test
    void minRecallTakesTheHighestThresholdReachingTheTarget() {
        // recall TP/3: 0.9: 1/3, 0.8: 2/3, 0.4: 1
        assertEquals(new Threshold(0.4), new ThresholdRule.MinRecall(0.9).choose(TIE_TRUTH, TIE_SCORES));
        assertEquals(new Threshold(0.8), new ThresholdRule.MinRecall(0.6).choose(TIE_TRUTH, TIE_SCORES));
        assertEquals(new Threshold(0.9), new ThresholdRule.MinRecall(0.2).choose(TIE_TRUTH, TIE_SCORES));
        assertEquals(new Threshold(0.4), new ThresholdRule.MinRecall(1.0).choose(TRUTH, SCORES));
    }

    @Test
    void oneClassValidationFallsBackToTheDefault() {
        ClassTarget positivesOnly = new ClassTarget(new int[] {1, 1}, BINARY);
        BinaryScores s = BinaryScores.of(0.2, 0.9);
        assertEquals(Threshold.DEFAULT, new ThresholdRule.MaxF1().choose(positivesOnly, s));
        assertEquals(Threshold.DEFAULT, new ThresholdRule.MaxYouden().choose(positivesOnly, s));
        assertEquals(Threshold.DEFAULT, new ThresholdRule.MinRecall(0.9).choose(positivesOnly, s));
    }

    @Test
    void parseReadsEveryForm() {
        assertEquals(new ThresholdRule.Fixed(0.5), ThresholdRule.parse("0.5"));
        assertEquals(new ThresholdRule.Fixed(-1.5e-2), ThresholdRule.parse("-1.5e-2"));
        assertEquals(new ThresholdRule.Fixed(0.25), ThresholdRule.parse(".25"));
        assertEquals(new ThresholdRule.MaxF1(), ThresholdRule.parse(" Max-F1 "));
        assertEquals(new ThresholdRule.MaxYouden(), ThresholdRule.parse("max_youden"));
        assertEquals(new ThresholdRule.MinRecall(0.9), ThresholdRule.parse("recall>=0.9"));
        assertEquals(new ThresholdRule.MinRecall(0.9), ThresholdRule.parse("recall >= 0.9"));
    }

    @Test
    void labelsParseBack() {
        for (ThresholdRule r : new ThresholdRule[] {new ThresholdRule.Fixed(0.35), new ThresholdRule.MaxF1(),
            new ThresholdRule.MaxYouden(), new ThresholdRule.MinRecall(0.95)}) {
            assertEquals(r, ThresholdRule.parse(r.label()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "max", "max-f2", "recall>=", "recall>=1.5", "recall>=0", "NaN", "Infinity",
        "0.5x", "recall<=0.9"})
    void parseRejectsBadText(String text) {
        ConfigException e = assertThrows(ConfigException.class, () -> ThresholdRule.parse(text));
        assertTrue(e.getMessage().contains(text.isEmpty() ? "\"\"" : text.substring(0, Math.min(3, text.length())))
                || e.getMessage().contains("recall"), e.getMessage());
    }

    @Test
    void recordsValidate() {
        assertThrows(ConfigException.class, () -> new ThresholdRule.Fixed(Double.NaN));
        assertThrows(ConfigException.class, () -> new ThresholdRule.MinRecall(1.01));
        assertThrows(ConfigException.class, () -> new ThresholdRule.MinRecall(0.0));
        assertThrows(ConfigException.class, () -> ThresholdRule.parse(null));
    }

    @Test
    void rulesNeedABinaryTarget() {
        ClassTarget three = new ClassTarget(new int[] {0, 1, 2}, ClassNames.of("a", "b", "c"));
        assertThrows(IllegalArgumentException.class,
                () -> new ThresholdRule.MaxF1().choose(three, BinaryScores.of(0.1, 0.2, 0.3)));
    }
}
