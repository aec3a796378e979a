package org.rebalance.core.weight;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassNames;

class MoreWeightingRulesTest {
    private static final ClassNames BINARY = ClassNames.of("0", "1");

    @Test
    void inverseSqrtByHand() {
        // counts 90 / 10: n / (sqrt(n_c) * (sqrt(90) + sqrt(10))) -> 100 / (90 + 30) and 100 / (30 + 10)
        assertArrayEquals(new double[] {100.0 / 120, 100.0 / 40},
                new WeightingRule.InverseSqrt().weights(new int[] {90, 10}, BINARY).perClass(), 1e-12);
    }

    @Test
    void effectiveNumberByHand() {
        // beta 0.9: (1 - 0.9) / (1 - 0.9^90) and (1 - 0.9) / (1 - 0.9^10), scaled to sum to 2
        // (python: w0 = 0.1 / (1 - 0.9**90); w1 = 0.1 / (1 - 0.9**10); 2 * w / (w0 + w1))
        assertArrayEquals(new double[] {0.7888852459873656, 1.2111147540126346},
                new WeightingRule.EffectiveNumber(0.9).weights(new int[] {90, 10}, BINARY).perClass(), 1e-12);
        // beta 0 gives equal weights
        assertArrayEquals(new double[] {1, 1},
                new WeightingRule.EffectiveNumber(0).weights(new int[] {90, 10}, BINARY).perClass(), 1e-12);
    }

    @Test
    void cappedCountsATinyMinorityAsTenPercent() {
        // counts 99 / 1, most 0.9: shares 0.99 and max(0.01, 0.1) = 0.1 -> 1 / (2 * 0.99), 1 / (2 * 0.1)
        assertArrayEquals(new double[] {1 / 1.98, 5.0},
                new WeightingRule.Capped(0.9).weights(new int[] {99, 1}, BINARY).perClass(), 1e-12);
    }

    @Test
    void alphaBetaWeighsPositivesByAlpha() {
        assertArrayEquals(new double[] {0.75, 0.25},
                new WeightingRule.AlphaBeta(0.25, 0.75).weights(new int[] {90, 10}, BINARY).perClass(), 0.0);
        assertThrows(ConfigException.class, () -> new WeightingRule.AlphaBeta(0.25, 0.75)
                .weights(new int[] {5, 5, 5}, ClassNames.of("a", "b", "c")));
    }

    @Test
    void parseReadsEveryForm() {
        assertEquals(new WeightingRule.InverseSqrt(), WeightingRule.parse("inverse-sqrt"));
        assertEquals(new WeightingRule.EffectiveNumber(0.999), WeightingRule.parse("effective-number"));
        assertEquals(new WeightingRule.EffectiveNumber(0.99), WeightingRule.parse("effective-number=0.99"));
        assertEquals(new WeightingRule.Capped(0.8), WeightingRule.parse("capped=0.8"));
        assertEquals(new WeightingRule.AlphaBeta(0.25, 0.75), WeightingRule.parse("alpha-beta=0.25/0.75"));
        assertEquals(WeightingRule.parse("effective-number=0.99"), WeightingRule.parse(
                new WeightingRule.EffectiveNumber(0.99).text()));
        assertThrows(ConfigException.class, () -> WeightingRule.parse("effective-number=1.5"));
        assertThrows(ConfigException.class, () -> WeightingRule.parse("alpha-beta=0.25"));
    }

    @Test
    void anEmptyClassHasNoFiniteWeight() {
        assertEquals("effective-number: class \"1\" has no training examples, so it has no finite weight",
                assertThrows(ConfigException.class, () -> new WeightingRule.EffectiveNumber(0.9)
                        .weights(new int[] {10, 0}, BINARY)).getMessage());
    }
}
