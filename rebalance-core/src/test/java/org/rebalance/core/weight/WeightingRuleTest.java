package org.rebalance.core.weight;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassNames;

class WeightingRuleTest {
    private static final ClassNames BINARY = ClassNames.of("0", "1");

    @Test
    void balancedMatchesScikitLearn() {
        // compute_class_weight("balanced", classes=[0, 1], y=[0] * 90 + [1] * 10)
        //   -> [100 / (2 * 90), 100 / (2 * 10)] = [0.5555555555555556, 5.0]
        ClassWeights w = new WeightingRule.InverseFrequency().weights(new int[] {90, 10}, BINARY);
        assertArrayEquals(new double[] {100.0 / 180, 5.0}, w.perClass(), 1e-12);
        // compute_class_weight("balanced", classes=[0, 1, 2], y with counts 50 / 20 / 5)
        //   -> [75 / 150, 75 / 60, 75 / 15] = [0.5, 1.25, 5.0]
        assertArrayEquals(new double[] {0.5, 1.25, 5.0}, new WeightingRule.InverseFrequency()
                .weights(new int[] {50, 20, 5}, ClassNames.of("a", "b", "c")).perClass(), 1e-12);
    }

    @Test
    void balancedRejectsAnEmptyClassByName() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new WeightingRule.InverseFrequency().weights(new int[] {0, 10}, ClassNames.of("neg", "pos")));
        assertTrue(e.getMessage().contains("\"neg\""), e.getMessage());
    }

    @Test
    void noneWeighsEveryClassOne() {
        assertArrayEquals(new double[] {1, 1}, new WeightingRule.None().weights(new int[] {90, 10}, BINARY)
                .perClass());
    }

    @Test
    void explicitWeightsDefaultToOne() {
        WeightingRule rule = new WeightingRule.Explicit(Map.of("c", 20.0));
        assertArrayEquals(new double[] {1, 1, 20}, rule.weights(new int[] {5, 5, 5}, ClassNames.of("a", "b", "c"))
                .perClass());
    }

    @Test
    void explicitWeightsRejectUnknownNamesAndBadValues() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new WeightingRule.Explicit(Map.of("2", 3.0)).weights(new int[] {9, 1}, BINARY));
        assertTrue(e.getMessage().contains("\"2\"") && e.getMessage().contains("\"0\", \"1\""), e.getMessage());
        for (double bad : new double[] {0, -2, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThrows(ConfigException.class, () -> new WeightingRule.Explicit(Map.of("1", bad)));
        }
    }

    @Test
    void parsesEveryForm() {
        assertEquals(new WeightingRule.None(), WeightingRule.parse("none"));
        assertEquals(new WeightingRule.InverseFrequency(), WeightingRule.parse("balanced"));
        assertEquals(new WeightingRule.InverseFrequency(), WeightingRule.parse("Inverse-Frequency"));
        WeightingRule rule = WeightingRule.parse("0:1, 1:20");
        assertArrayEquals(new double[] {1, 20}, rule.weights(new int[] {90, 10}, BINARY).perClass());
        assertEquals("0:1,1:20", rule.text());
        assertEquals(rule, WeightingRule.parse(rule.text()));
        assertEquals("balanced", WeightingRule.parse("inverse_frequency").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "equal", "0:", ":1", "0:x", "0:1,0:2", "0:-1", "0:0", "0:1,"})
    void rejectsBadText(String text) {
        assertThrows(ConfigException.class, () -> WeightingRule.parse(text));
    }

    @Provide
    Arbitrary<int[]> positiveCounts() {
        return Arbitraries.integers().between(1, 10_000).array(int[].class).ofMinSize(2).ofMaxSize(8);
    }

    @Property(tries = 200)
    void balancedGivesEveryClassTheSameTotalWeight(@ForAll("positiveCounts") int[] counts) {
        String[] names = new String[counts.length];
        long n = 0;
        for (int c = 0; c < counts.length; c++) {
            names[c] = "k" + c;
            n += counts[c];
        }
        ClassWeights w = new WeightingRule.InverseFrequency().weights(counts, ClassNames.of(names));
        double share = (double) n / counts.length;
        for (int c = 0; c < counts.length; c++) {
            assertEquals(share, w.of(c) * counts[c], 1e-9 * share);
        }
    }
}
