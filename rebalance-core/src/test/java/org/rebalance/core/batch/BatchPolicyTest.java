package org.rebalance.core.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;

class BatchPolicyTest {
    /** 95 negatives, 5 positives. */
    private static final ClassTarget TARGET;

    static {
        int[] y = new int[100];
        for (int i = 95; i < 100; i++) {
            y[i] = 1;
        }
        TARGET = new ClassTarget(y, ClassNames.of("0", "1"));
    }

    @Test
    void shuffledVisitsEveryRowOnce() {
        int[] order = new BatchPolicy.Shuffled().epoch(TARGET, new SplittableRandom(1));
        int[] sorted = order.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < 100; i++) {
            assertEquals(i, sorted[i]);
        }
        assertArrayEquals(order, new BatchPolicy.Shuffled().epoch(TARGET, new SplittableRandom(1)));
    }

    @Test
    void balancedWithReplacementSeesEachClassHalfTheTime() {
        BatchPolicy p = new BatchPolicy.ClassBalanced(BatchPolicy.Replacement.WITH, 10_000);
        int[] order = p.epoch(TARGET, new SplittableRandom(2));
        long positives = Arrays.stream(order).filter(r -> r >= 95).count();
        // Binomial(10000, 0.5): sd 50; 4 sd = 200
        assertTrue(Math.abs(positives - 5000) < 200, "positives drawn: " + positives);
        assertEquals(100, new BatchPolicy.ClassBalanced(BatchPolicy.Replacement.WITH, 0)
                .epoch(TARGET, new SplittableRandom(2)).length, "0 means the training part's size");
    }

    @Test
    void balancedWithoutReplacementDrawsEqualSharesOfEveryClassAndNeverRepeats() {
        // TARGET: 95 negatives (rows 0-94), 5 positives (rows 95-99)
        BatchPolicy all = new BatchPolicy.ClassBalanced(BatchPolicy.Replacement.WITHOUT, 0);
        java.util.Set<String> subsets = new java.util.HashSet<>();
        for (int seed = 0; seed < 50; seed++) {
            int[] order = all.epoch(TARGET, new SplittableRandom(seed));
            assertEquals(10, order.length, "two classes times the smallest class's 5 rows");
            assertEquals(10, Arrays.stream(order).distinct().count());
            assertEquals(5, Arrays.stream(order).filter(r -> r >= 95).count(), "every positive, once");
            subsets.add(Arrays.toString(Arrays.stream(order).filter(r -> r < 95).sorted().toArray()));
        }
        assertTrue(subsets.size() > 40, "a fresh subset of negatives per epoch: " + subsets.size() + " of 50");
        int[] six = new BatchPolicy.ClassBalanced(BatchPolicy.Replacement.WITHOUT, 6).epoch(TARGET, new SplittableRandom(3));
        assertEquals(3, Arrays.stream(six).filter(r -> r >= 95).count());
        assertEquals(3, Arrays.stream(six).filter(r -> r < 95).count());
        assertEquals("an epoch of 20 rows balanced without replacement takes 10 rows of each of 2 classes; class \"1\" "
                + "has 5 (use at most 10 rows, or balanced batches with replacement)",
                assertThrows(ConfigException.class, () -> new BatchPolicy.ClassBalanced(BatchPolicy.Replacement.WITHOUT, 20)
                        .epoch(TARGET, new SplittableRandom(1))).getMessage());
    }

    @Test
    void parseNamesAndErrors() {
        assertEquals(new BatchPolicy.Shuffled(), BatchPolicy.parse("shuffled"));
        assertEquals(new BatchPolicy.ClassBalanced(BatchPolicy.Replacement.WITH, 0), BatchPolicy.parse("balanced"));
        assertEquals(new BatchPolicy.ClassBalanced(BatchPolicy.Replacement.WITHOUT, 50),
                BatchPolicy.parse("balanced-without-replacement", 50));
        assertEquals(50, BatchPolicy.parse("balanced", 50).epoch(TARGET, new SplittableRandom(1)).length);
        assertEquals("unknown batch policy \"fair\"; expected one of shuffled, balanced, balanced-without-replacement",
                assertThrows(ConfigException.class, () -> BatchPolicy.parse("fair")).getMessage());
        assertThrows(ConfigException.class, () -> new BatchPolicy.ClassBalanced(BatchPolicy.Replacement.WITHOUT, 101)
                .epoch(TARGET, new SplittableRandom(1)));
    }
}
