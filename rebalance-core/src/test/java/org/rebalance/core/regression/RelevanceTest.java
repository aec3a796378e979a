package org.rebalance.core.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;

/*
 * Reference values with the script of DenseWeightTest (same Y):
 *   phi_train = 1 - pn
 *   q = np.array([-3.0, 1.5, 7.0, 20.0])
 *   phi_q = 1 - np.clip((kde(q) - p.min()) / (p.max() - p.min()), 0, 1)
 */
class RelevanceTest {
    private static final double[] Y = DenseWeightTest.Y;

    @Test
    void relevanceIsOneMinusTheNormalisedDensity() {
        Relevance phi = Relevance.fromTargets(Y);
        assertArrayEquals(new double[] {0.4435360578692219, 0.2834604985266713, 0.146245084838041,
            0.10153056557229656, 0.002291492149315677, 0.0, 7.09080706553511e-05, 0.06487768241958503,
            0.08266518312169613, 0.10232863473227782, 0.14682447342265748, 0.6522599514787097, 0.988131651128625,
            1.0}, phi.of(Y), 1e-9);
        // outside the training targets' densities the value is clamped to [0, 1]
        assertArrayEquals(new double[] {1.0, 0.04830512625687455, 0.9989137589688915, 1.0},
                phi.of(new double[] {-3.0, 1.5, 7.0, 20.0}), 1e-9);
        assertEquals(0.04830512625687455, phi.of(1.5), 1e-9);
    }

    @Test
    void rareAtTheDefaultThresholdAreTheTargetsFarFromTheBulk() {
        // phi >= 0.5 only for 5.0 (0.652), 9.0 (0.988) and 10.0 (1.0); 0.0 (0.444) is not rare
        boolean[] rare = Relevance.fromTargets(Y).rare(Y);
        boolean[] expected = new boolean[Y.length];
        expected[11] = true;
        expected[12] = true;
        expected[13] = true;
        assertArrayEquals(expected, rare);
        // at 0.4, 0.0 (phi 0.444) joins them
        expected[0] = true;
        assertArrayEquals(expected, Relevance.fromTargets(Y).rare(Y, 0.4));
    }

    @Test
    void equalTargetsAreNeverRare() {
        Relevance phi = Relevance.fromTargets(new double[] {3, 3, 3});
        assertEquals(0.0, phi.of(3), 0);
        assertEquals(0.0, phi.of(100), 0);
        assertArrayEquals(new boolean[] {false, false}, phi.rare(new double[] {3, 7}, 0.5));
    }

    @Test
    void badThresholdsAndTargetsAreRejected() {
        Relevance phi = Relevance.fromTargets(Y);
        assertEquals("relevance: relevance threshold must be in [0, 1], got 1.5",
                assertThrows(ConfigException.class, () -> phi.rare(Y, 1.5)).getMessage());
        assertThrows(ConfigException.class, () -> phi.rare(Y, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> phi.of(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Relevance.fromTargets(new double[0]));
    }

    @Property(tries = 200)
    void relevanceIsInTheUnitIntervalAndZeroAndOneAreReachedOnTraining(
            @ForAll @Size(min = 2, max = 60) List<@DoubleRange(min = -20, max = 20) Double> targets) {
        double[] y = targets.stream().mapToDouble(Double::doubleValue).toArray();
        double[] phi = Relevance.fromTargets(y).of(y);
        double min = 1;
        double max = 0;
        for (double v : phi) {
            assertTrue(v >= 0 && v <= 1, "phi " + v);
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertEquals(0.0, min, 0);
        DenseWeight.Density d = DenseWeight.Density.of(y);
        if (d.bandwidth() > 0) {
            double[] p = d.rawAt(y);
            boolean flat = java.util.Arrays.stream(p).max().getAsDouble() == java.util.Arrays.stream(p).min()
                    .getAsDouble();
            assertEquals(flat ? 0.0 : 1.0, max, 0);
        }
    }
}
