package org.rebalance.core.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SeedsTest {
    @Test
    void sameSeedAndStageGiveTheSameStream() {
        assertEquals(Seeds.of(7).stream("split").nextLong(), Seeds.of(7).stream("split").nextLong());
    }

    @Test
    void stagesAreIndependent() {
        assertNotEquals(Seeds.of(7).derive("split"), Seeds.of(7).derive("resample"));
        assertNotEquals(Seeds.of(7).derive("split"), Seeds.of(8).derive("split"));
    }

    @Property(tries = 200)
    void deriveIsAFunctionOfSeedAndStage(@ForAll long seed) {
        assertEquals(Seeds.of(seed).derive("init"), Seeds.of(seed).derive("init"));
    }
}
