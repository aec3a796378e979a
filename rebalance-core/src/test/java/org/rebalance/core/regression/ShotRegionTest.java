package org.rebalance.core.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.regression.ShotRegion.ShotThresholds;

class ShotRegionTest {

    @Test
    void yangEtAlLimits() {
        ShotThresholds t = ShotThresholds.defaults();
        assertEquals(new ShotThresholds(100, 20), t);
        assertEquals(ShotRegion.MANY, t.region(101));   // more than 100
        assertEquals(ShotRegion.MEDIUM, t.region(100)); // 20 to 100
        assertEquals(ShotRegion.MEDIUM, t.region(20));
        assertEquals(ShotRegion.FEW, t.region(19));     // fewer than 20
        assertEquals(ShotRegion.FEW, t.region(0));
    }

    @Test
    void otherLimits() {
        ShotThresholds t = new ShotThresholds(10, 5);
        assertEquals(ShotRegion.MANY, t.region(11));
        assertEquals(ShotRegion.MEDIUM, t.region(10));
        assertEquals(ShotRegion.MEDIUM, t.region(5));
        assertEquals(ShotRegion.FEW, t.region(4));
        ShotThresholds equal = new ShotThresholds(5, 5);
        assertEquals(ShotRegion.MANY, equal.region(6));
        assertEquals(ShotRegion.MEDIUM, equal.region(5));
        assertEquals(ShotRegion.FEW, equal.region(4));
    }

    @Test
    void badLimits() {
        assertThrows(ConfigException.class, () -> new ShotThresholds(5, 10));
        assertThrows(ConfigException.class, () -> new ShotThresholds(10, -1));
    }
}
