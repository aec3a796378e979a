package org.rebalance.core.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.DataException;

class StratifiedSplitterTest {
    private static ClassTarget binary(int negatives, int positives) {
        int[] y = new int[negatives + positives];
        for (int i = negatives; i < y.length; i++) {
            y[i] = 1;
        }
        return new ClassTarget(y, ClassNames.of("0", "1"));
    }

    private static int count(ClassTarget t, int[] rows, int c) {
        int n = 0;
        for (int r : rows) {
            n += t.label(r) == c ? 1 : 0;
        }
        return n;
    }

    @Test
    void perClassCountsAreExactForSingletonGroups() {
        // 100 negatives x (0.6, 0.2, 0.2) = 60/20/20; 10 positives = 6/2/2
        ClassTarget t = binary(100, 10);
        Split s = StratifiedSplitter.split(t, null, SplitSpec.defaults(), new SplittableRandom(1));
        assertEquals(60, count(t, s.train(), 0));
        assertEquals(20, count(t, s.valid(), 0));
        assertEquals(20, count(t, s.test(), 0));
        assertEquals(6, count(t, s.train(), 1));
        assertEquals(2, count(t, s.valid(), 1));
        assertEquals(2, count(t, s.test(), 1));
    }

    @Test
    void largestRemainderQuotasSumToTheClassCount() {
        // 7 x (0.6, 0.2, 0.2) = 4.2, 1.4, 1.4 -> floors 4, 1, 1 (6); one more to the largest remainder (0.4, first) -> 4, 2, 1
        assertArrayEquals(new int[] {4, 2, 1}, StratifiedSplitter.quotas(7, new double[] {0.6, 0.2, 0.2}));
        // 3 x (0.8, 0.1, 0.1) = 2.4, 0.3, 0.3 -> 2, 0, 0 + 1 to part 1 -> 2, 1, 0 -> every part >= 1 -> 1, 1, 1
        assertArrayEquals(new int[] {1, 1, 1}, StratifiedSplitter.quotas(3, new double[] {0.8, 0.1, 0.1}));
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        ClassTarget t = binary(200, 20);
        Split a = StratifiedSplitter.split(t, null, SplitSpec.defaults(), new SplittableRandom(5));
        Split b = StratifiedSplitter.split(t, null, SplitSpec.defaults(), new SplittableRandom(5));
        Split c = StratifiedSplitter.split(t, null, SplitSpec.defaults(), new SplittableRandom(6));
        assertEquals(a, b);
        assertFalse(Arrays.equals(a.test(), c.test()));
    }

    @Test
    void duplicateGroupsNeverCrossParts() {
        // groups of sizes 1..5 repeating; labels by group
        int n = 300;
        int[] groups = new int[n];
        int[] y = new int[n];
        int g = 0;
        int size = 1;
        for (int i = 0; i < n; ) {
            for (int k = 0; k < size && i < n; k++, i++) {
                groups[i] = g;
                y[i] = g % 6 == 0 ? 1 : 0;
            }
            g++;
            size = size % 5 + 1;
        }
        ClassTarget t = new ClassTarget(y, ClassNames.of("0", "1"));
        Split s = StratifiedSplitter.split(t, groups, SplitSpec.defaults(), new SplittableRandom(3));
        Map<Integer, Integer> partOfGroup = new HashMap<>();
        int[][] parts = {s.train(), s.valid(), s.test()};
        for (int p = 0; p < 3; p++) {
            for (int r : parts[p]) {
                Integer before = partOfGroup.put(groups[r], p);
                assertTrue(before == null || before == p, "group " + groups[r] + " crosses parts");
            }
        }
    }

    @Test
    void aLargeDuplicateGroupDoesNotStarveTheOtherParts() {
        // class 0: one group of 400 identical rows and 600 single rows; class 1: 50 single rows.
        // Quotas for class 0 are 600/200/200: the big group fits one part and the others still fill.
        int n = 1050;
        int[] y = new int[n];
        int[] groups = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i >= 1000 ? 1 : 0;
            groups[i] = i < 400 ? 0 : i;
        }
        ClassTarget t = new ClassTarget(y, ClassNames.of("0", "1"));
        for (int seed = 0; seed < 20; seed++) {
            Split s = StratifiedSplitter.split(t, groups, SplitSpec.defaults(), new SplittableRandom(seed));
            // largest first: the 400-row group goes to train (deficit 600), singles then fill every quota
            assertEquals(600, count(t, s.train(), 0));
            assertEquals(200, count(t, s.valid(), 0));
            assertEquals(200, count(t, s.test(), 0));
            assertEquals(10, count(t, s.test(), 1));
        }
    }

    @Test
    void tooFewMembersNamesTheClassAndCounts() {
        ClassTarget t = binary(50, 2);
        DataException e = assertThrows(DataException.class,
                () -> StratifiedSplitter.split(t, null, SplitSpec.defaults(), new SplittableRandom(1), "m.csv"));
        assertEquals("m.csv: class \"1\" has 2 examples (2 distinct); a train/valid/test split needs at least 3",
                e.getMessage());
        int[] groups = new int[52];
        for (int i = 0; i < 52; i++) {
            groups[i] = i < 50 ? i : 50; // the two positives are identical rows
        }
        DataException dup = assertThrows(DataException.class,
                () -> StratifiedSplitter.split(binary(50, 2), groups, SplitSpec.defaults(), new SplittableRandom(1)));
        assertEquals("data: class \"1\" has 2 examples (1 distinct); a train/valid/test split needs at least 3",
                dup.getMessage());
    }

    @Test
    void specIsValidated() {
        assertThrows(ConfigException.class, () -> new SplitSpec(0.6, 0.2, 0.3, DuplicatePolicy.GROUP));
        assertThrows(ConfigException.class, () -> new SplitSpec(0.8, 0.2, 0.0, DuplicatePolicy.GROUP));
    }

    @Property(tries = 200)
    void partsAreSortedDisjointAndCoverEveryRow(@ForAll @Size(min = 9, max = 200) int[] raw,
            @ForAll @IntRange(min = 0, max = 1000) int seed) {
        int[] y = new int[raw.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = i < 3 ? 0 : (i < 6 ? 1 : (i < 9 ? 2 : Math.floorMod(raw[i], 3)));
        }
        ClassTarget t = new ClassTarget(y, ClassNames.of("a", "b", "c"));
        Split s = StratifiedSplitter.split(t, null, SplitSpec.defaults(), new SplittableRandom(seed));
        int[] all = new int[y.length];
        int k = 0;
        for (int[] part : new int[][] {s.train(), s.valid(), s.test()}) {
            for (int i = 1; i < part.length; i++) {
                assertTrue(part[i - 1] < part[i], "sorted");
            }
            for (int r : part) {
                all[k++] = r;
            }
        }
        assertEquals(y.length, k);
        Arrays.sort(all);
        for (int i = 0; i < all.length; i++) {
            assertEquals(i, all[i]);
        }
        for (int c = 0; c < 3; c++) {
            assertTrue(count(t, s.train(), c) > 0 && count(t, s.valid(), c) > 0 && count(t, s.test(), c) > 0);
        }
    }
}
