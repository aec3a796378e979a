package org.rebalance.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Labels re-indexed onto another class order (a file's labels in a saved model's order). */
class ClassTargetTest {
    private static final ClassNames MODEL = ClassNames.of("cat", "dog", "fox");

    @Test
    void labelsFollowTheOtherClassOrderByName() {
        ClassTarget file = new ClassTarget(new int[] {0, 1, 1, 0}, ClassNames.of("fox", "cat"));
        ClassTarget aligned = file.reindexed(MODEL, c -> new IllegalStateException("unreachable"));
        assertArrayEquals(new int[] {2, 0, 0, 2}, aligned.labels());
        assertSame(MODEL, aligned.classes());
    }

    @Test
    void anUnknownClassIsReportedByItsIndex() {
        ClassTarget file = new ClassTarget(new int[] {0, 1}, ClassNames.of("cat", "owl"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> file.reindexed(MODEL, c -> new IllegalArgumentException("class index " + c)));
        assertEquals("class index 1", e.getMessage());
    }
}
