package org.rebalance.core.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.image.AugmentSpec;
import org.rebalance.core.image.AugmentTargets;
import org.rebalance.core.strategy.StrategyDescription.AugmentDescription;

/** The command line's compact augmentation form gives what the same keys give in an experiment file. */
class StrategyDescriptionTest {
    @Test
    void compactAugmentationMatchesTheExperimentKeys() {
        AugmentDescription parsed = AugmentDescription.parse("flip, rotation=10,shift=2,noise=0.05", "minority-only");
        assertEquals(new AugmentDescription(0.5, 10.0, 2, null, 0.05, null, "minority-only", null), parsed);
        assertEquals(AugmentSpec.NONE.withFlip(0.5).withRotation(10).withShift(2).withNoise(0.05)
                .withTargets(AugmentTargets.MINORITY_ONLY), parsed.toSpec());
        assertEquals(new AugmentDescription(0.2, null, null, 4, null, 1.5, null, 0.4),
                AugmentDescription.parse("FLIP=0.2,crop=4,strength=1.5,mixup=0.4", null));
    }

    @Test
    void anAugmentedStrategyIsNamedSo() {
        StrategyDescription d = new StrategyDescription(null, null, null, null, null, "balanced-softmax", null, null,
                null, null, null, AugmentDescription.parse("shift=1", null), null);
        Strategy s = d.toStrategy();
        assertEquals("none+balanced-softmax+augment", s.name());
        assertEquals(1, s.augment().maxShift());
    }

    @Test
    void badStepsAreConfigErrors() {
        assertEquals("augmentation: unknown step \"blur=2\" (expected flip, rotation, shift, crop, noise, strength, "
                + "mixup, e.g. flip,rotation=10,shift=2)", message("flip,blur=2"));
        assertEquals("augmentation: rotation needs a value, e.g. rotation=2", message("rotation"));
        assertEquals("augmentation: shift=1.5 is not a whole number of pixels", message("shift=1.5"));
        assertEquals("augmentation: noise=lots is not a number", message("noise=lots"));
        assertEquals("augmentation: flip is given twice", message("flip,flip=0.3"));
        assertEquals("augmentation: unknown step \"\" (expected flip, rotation, shift, crop, noise, strength, mixup, "
                + "e.g. flip,rotation=10,shift=2)", message("flip,"));
    }

    private static String message(String text) {
        return assertThrows(ConfigException.class, () -> AugmentDescription.parse(text, null)).getMessage();
    }
}
