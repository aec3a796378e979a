package org.rebalance.core.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
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
import org.rebalance.core.resample.SamplingStrategy.Counts;
import org.rebalance.core.resample.SamplingStrategy.Named;
import org.rebalance.core.resample.SamplingStrategy.Ratio;

class SamplingStrategyTest {
    private static final ClassNames ABC = ClassNames.of("a", "b", "c");
    private static final int[] THREE = {50, 20, 5};
    private static final ClassNames BINARY = ClassNames.of("neg", "pos");

    private static int[] resolve(SamplingStrategy s, int[] counts, ClassNames names, SamplerKind kind) {
        return s.resolve(counts, names, kind).perClass();
    }

    @Test
    void namedOverSamplingRaisesSelectedClassesToTheMajority() {
        assertArrayEquals(new int[] {50, 50, 50}, resolve(Named.AUTO, THREE, ABC, SamplerKind.OVER));
        assertArrayEquals(new int[] {50, 20, 50}, resolve(Named.MINORITY, THREE, ABC, SamplerKind.OVER));
        assertArrayEquals(new int[] {50, 50, 50}, resolve(Named.NOT_MAJORITY, THREE, ABC, SamplerKind.OVER));
        assertArrayEquals(new int[] {50, 50, 5}, resolve(Named.NOT_MINORITY, THREE, ABC, SamplerKind.OVER));
        assertArrayEquals(new int[] {50, 50, 50}, resolve(Named.ALL, THREE, ABC, SamplerKind.OVER));
    }

    @Test
    void namedUnderSamplingLowersSelectedClassesToTheMinority() {
        assertArrayEquals(new int[] {5, 5, 5}, resolve(Named.AUTO, THREE, ABC, SamplerKind.UNDER));
        assertArrayEquals(new int[] {50, 5, 5}, resolve(Named.NOT_MAJORITY, THREE, ABC, SamplerKind.UNDER));
        assertArrayEquals(new int[] {5, 5, 5}, resolve(Named.NOT_MINORITY, THREE, ABC, SamplerKind.UNDER));
        assertArrayEquals(new int[] {5, 5, 5}, resolve(Named.ALL, THREE, ABC, SamplerKind.UNDER));
        assertThrows(ConfigException.class, () -> resolve(Named.MINORITY, THREE, ABC, SamplerKind.UNDER));
    }

    @Test
    void namedSelectionPerKind() {
        assertArrayEquals(new boolean[] {false, true, true}, Named.AUTO.selects(THREE, ABC, SamplerKind.OVER));
        assertArrayEquals(new boolean[] {true, true, false}, Named.AUTO.selects(THREE, ABC, SamplerKind.UNDER));
        assertArrayEquals(new boolean[] {true, true, false}, Named.AUTO.selects(THREE, ABC, SamplerKind.CLEAN));
        assertArrayEquals(new boolean[] {false, true, true},
                Named.NOT_MAJORITY.selects(THREE, ABC, SamplerKind.CLEAN));
        assertArrayEquals(new boolean[] {false, false, true}, Named.MINORITY.selects(THREE, ABC, SamplerKind.OVER));
        assertArrayEquals(new boolean[] {true, true, true}, Named.ALL.selects(THREE, ABC, SamplerKind.CLEAN));
        assertThrows(ConfigException.class, () -> Named.MINORITY.selects(THREE, ABC, SamplerKind.CLEAN));
    }

    @Test
    void cleaningKeepsCurrentCountsAsAnUpperBound() {
        assertArrayEquals(THREE, resolve(Named.AUTO, THREE, ABC, SamplerKind.CLEAN));
        assertThrows(ConfigException.class, () -> resolve(new Ratio(0.5), new int[] {90, 10}, BINARY,
                SamplerKind.CLEAN));
        assertThrows(ConfigException.class, () -> resolve(new Counts(Map.of("a", 3)), THREE, ABC,
                SamplerKind.CLEAN));
    }

    @Test
    void tiesGoToTheLowestClassIndex() {
        // equal counts: class 0 is both majority and minority, as with imbalanced-learn's sorted labels
        int[] tie = {5, 5};
        assertArrayEquals(new boolean[] {false, true}, Named.AUTO.selects(tie, BINARY, SamplerKind.OVER));
        assertArrayEquals(new boolean[] {false, true}, Named.AUTO.selects(tie, BINARY, SamplerKind.UNDER));
        assertArrayEquals(tie, resolve(Named.AUTO, tie, BINARY, SamplerKind.OVER));
    }

    @Test
    void classesWithoutExamplesTakeNoPart() {
        int[] counts = {0, 30, 10};
        assertArrayEquals(new int[] {0, 30, 30}, resolve(Named.ALL, counts, ABC, SamplerKind.OVER));
        assertArrayEquals(new int[] {0, 10, 10}, resolve(Named.AUTO, counts, ABC, SamplerKind.UNDER));
        // with two classes present, a ratio applies
        assertArrayEquals(new int[] {0, 30, 15}, resolve(new Ratio(0.5), counts, ABC, SamplerKind.OVER));
        ConfigException e = assertThrows(ConfigException.class,
                () -> resolve(new Counts(Map.of("a", 4)), counts, ABC, SamplerKind.OVER));
        assertTrue(e.getMessage().contains("\"a\""), e.getMessage());
    }

    @Test
    void ratioFollowsImbalancedLearn() {
        int[] counts = {95, 10};
        // RandomOverSampler(sampling_strategy=0.5): minority -> int(95 * 0.5) = 47
        assertArrayEquals(new int[] {95, 47}, resolve(new Ratio(0.5), counts, BINARY, SamplerKind.OVER));
        // RandomUnderSampler(sampling_strategy=0.3): majority -> int(10 / 0.3) = 33
        assertArrayEquals(new int[] {33, 10}, resolve(new Ratio(0.3), counts, BINARY, SamplerKind.UNDER));
        // the minority may be class 0
        assertArrayEquals(new int[] {47, 95}, resolve(new Ratio(0.5), new int[] {10, 95}, BINARY,
                SamplerKind.OVER));
        assertArrayEquals(new boolean[] {false, true}, new Ratio(0.5).selects(counts, BINARY, SamplerKind.OVER));
        assertArrayEquals(new boolean[] {true, false}, new Ratio(0.5).selects(counts, BINARY, SamplerKind.UNDER));
    }

    @Test
    void ratioNeedsTwoClassesAndAValueInZeroOne() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> resolve(new Ratio(0.5), THREE, ABC, SamplerKind.OVER));
        assertTrue(e.getMessage().contains("two classes"), e.getMessage());
        for (double bad : new double[] {0, -0.5, 1.5, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThrows(ConfigException.class, () -> new Ratio(bad), "ratio " + bad);
        }
        new Ratio(1.0);
    }

    @Test
    void aSingleClassIsRejected() {
        for (SamplerKind kind : SamplerKind.values()) {
            ConfigException e = assertThrows(ConfigException.class,
                    () -> Named.AUTO.resolve(new int[] {0, 12}, BINARY, kind));
            assertTrue(e.getMessage().contains("\"pos\""), e.getMessage());
            assertThrows(ConfigException.class, () -> Named.AUTO.resolve(new int[] {12}, ClassNames.of("x"), kind));
        }
    }

    @Test
    void countsAreFinalCountsWithUnnamedClassesUnchanged() {
        Counts c = new Counts(Map.of("c", 20));
        assertArrayEquals(new int[] {50, 20, 20}, resolve(c, THREE, ABC, SamplerKind.OVER));
        assertArrayEquals(new int[] {50, 20, 2}, resolve(new Counts(Map.of("c", 2)), THREE, ABC, SamplerKind.UNDER));
        assertArrayEquals(new boolean[] {false, false, true}, c.selects(THREE, ABC, SamplerKind.OVER));
    }

    @Test
    void countsInTheWrongDirectionNameTheClassAndCounts() {
        ConfigException over = assertThrows(ConfigException.class,
                () -> resolve(new Counts(Map.of("b", 7)), THREE, ABC, SamplerKind.OVER));
        assertTrue(over.getMessage().contains("\"b\"") && over.getMessage().contains("20")
                && over.getMessage().contains("7"), over.getMessage());
        ConfigException under = assertThrows(ConfigException.class,
                () -> resolve(new Counts(Map.of("c", 9)), THREE, ABC, SamplerKind.UNDER));
        assertTrue(under.getMessage().contains("\"c\"") && under.getMessage().contains("9"), under.getMessage());
    }

    @Test
    void unknownClassNamesAreListedWithTheValidOnes() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> resolve(new Counts(Map.of("zzz", 7)), THREE, ABC, SamplerKind.UNDER));
        assertTrue(e.getMessage().contains("\"zzz\""), e.getMessage());
        assertTrue(e.getMessage().contains("\"a\", \"b\", \"c\""), e.getMessage());
    }

    @Test
    void countsRejectBadValues() {
        assertThrows(ConfigException.class, () -> new Counts(Map.of()));
        assertThrows(ConfigException.class, () -> new Counts(Map.of("a", -1)));
        assertThrows(ConfigException.class, () -> new Counts(Map.of(" ", 1)));
    }

    @Test
    void parsesEveryForm() {
        assertEquals(Named.AUTO, SamplingStrategy.parse("auto"));
        assertEquals(Named.MINORITY, SamplingStrategy.parse("Minority"));
        assertEquals(Named.NOT_MAJORITY, SamplingStrategy.parse("not-majority"));
        assertEquals(Named.NOT_MAJORITY, SamplingStrategy.parse("not majority"));
        assertEquals(Named.NOT_MINORITY, SamplingStrategy.parse("not_minority"));
        assertEquals(Named.ALL, SamplingStrategy.parse(" all "));
        assertEquals(new Ratio(0.5), SamplingStrategy.parse("0.5"));
        assertEquals(new Ratio(1), SamplingStrategy.parse("1"));
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("0", 500);
        m.put("1", 300);
        assertEquals(new Counts(m), SamplingStrategy.parse("0:500,1:300"));
        assertEquals(List.of("neg", "pos"),
                List.copyOf(((Counts) SamplingStrategy.parse("neg:500, pos:300")).perClass().keySet()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "most", "0", "1.5", "-0.2", "nan", "a:", ":5", "a:1,a:2", "a:-3", "a:1.5",
            "a:1,", "0.5.1"})
    void rejectsBadText(String text) {
        assertThrows(ConfigException.class, () -> SamplingStrategy.parse(text));
    }

    @Test
    void textRoundTrips() {
        for (String t : new String[] {"auto", "minority", "not-majority", "not-minority", "all", "0.5", "0.29",
                "1", "neg:500,pos:300"}) {
            assertEquals(t, SamplingStrategy.parse(t).text());
            assertEquals(SamplingStrategy.parse(t), SamplingStrategy.parse(SamplingStrategy.parse(t).text()));
        }
    }

    @Provide
    Arbitrary<int[]> classCounts() {
        return Arbitraries.integers().between(0, 300).array(int[].class).ofMinSize(2).ofMaxSize(6)
                .filter(a -> java.util.Arrays.stream(a).filter(n -> n > 0).count() >= 2);
    }

    @Property(tries = 300)
    void namedTargetsMoveOnlyInTheKindsDirection(@ForAll("classCounts") int[] counts) {
        String[] names = new String[counts.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = "k" + i;
        }
        ClassNames cn = ClassNames.of(names);
        int max = java.util.Arrays.stream(counts).max().orElseThrow();
        int min = java.util.Arrays.stream(counts).filter(n -> n > 0).min().orElseThrow();
        for (Named n : Named.values()) {
            int[] over = resolve(n, counts, cn, SamplerKind.OVER);
            boolean[] overSel = n.selects(counts, cn, SamplerKind.OVER);
            for (int c = 0; c < counts.length; c++) {
                assertEquals(overSel[c] ? max : counts[c], over[c]);
                assertTrue(!overSel[c] || counts[c] > 0, "absent classes are never selected");
            }
            if (n == Named.MINORITY) {
                continue;
            }
            int[] under = resolve(n, counts, cn, SamplerKind.UNDER);
            boolean[] underSel = n.selects(counts, cn, SamplerKind.UNDER);
            for (int c = 0; c < counts.length; c++) {
                assertEquals(underSel[c] ? min : counts[c], under[c]);
            }
        }
    }
}
