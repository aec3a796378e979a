package org.rebalance.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;

/** The names experiment files use for colour modes and augmentation targets. */
class ImageNamesTest {
    @Test
    void colourModesParseAndRefuseOthers() {
        assertEquals(ColourMode.GRAY, ColourMode.parse("Grey"));
        assertEquals(ColourMode.RGB, ColourMode.parse(" rgb "));
        assertEquals("colour must be gray or rgb, got \"cmyk\"",
                assertThrows(ConfigException.class, () -> ColourMode.parse("cmyk")).getMessage());
    }

    @Test
    void augmentationTargetsParseAndRefuseOthers() {
        assertEquals(AugmentTargets.MINORITY_ONLY, AugmentTargets.parse("minority-only"));
        assertEquals(AugmentTargets.BY_FREQUENCY, AugmentTargets.parse("BY_FREQUENCY"));
        assertEquals("augmentation targets must be all, minority-only or by-frequency, got \"majority\"",
                assertThrows(ConfigException.class, () -> AugmentTargets.parse("majority")).getMessage());
        assertEquals("mixup alpha must be a finite number >= 0 (0: off), got -1.0",
                assertThrows(ConfigException.class, () -> AugmentSpec.NONE.withMixup(-1)).getMessage());
    }
}
