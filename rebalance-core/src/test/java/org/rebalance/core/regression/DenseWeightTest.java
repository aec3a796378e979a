package org.rebalance.core.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;

/*
 * Reference values, numpy 2.4.6, scipy 1.17.1:
 *
 *   import numpy as np
 *   from scipy.stats import gaussian_kde
 *   y = np.array(Y)                                  # Y below
 *   kde = gaussian_kde(y, bw_method='silverman')
 *   np.sqrt(kde.covariance[0, 0])                    # bandwidth
 *   p = kde(y)
 *   pn = (p - p.min()) / (p.max() - p.min())
 *   w = np.maximum(1 - alpha * pn, 1e-6); w = w / w.mean()
 */
class DenseWeightTest {
    static final double[] Y = {0.0, 0.5, 1.0, 1.2, 2.0, 2.1, 2.2, 2.9, 3.0, 3.1, 3.3, 5.0, 9.0, 10.0};

    @Test
    void densityIsScipysGaussianKdeWithSilvermansBandwidth() {
        DenseWeight.Density d = DenseWeight.Density.of(Y);
        assertEquals(1.8443868717374112, d.bandwidth(), 1e-12);
        assertArrayEquals(new double[] {0.09630715167372496, 0.11559969481374542, 0.13213709939278398,
            0.1375261593808464, 0.14948659926968327, 0.14976277329229648, 0.14975422734675856, 0.14194361906259964,
            0.13979984317290076, 0.1374299749054593, 0.13206727062373605, 0.07115143934416825, 0.03067168539783579,
            0.02924129444032656}, d.rawAt(Y), 1e-12);
        assertArrayEquals(new double[] {0.5564639421307781, 0.7165395014733287, 0.853754915161959,
            0.8984694344277034, 0.9977085078506843, 1.0, 0.9999290919293446, 0.935122317580415, 0.9173348168783039,
            0.8976713652677222, 0.8531755265773425, 0.3477400485212903, 0.011868348871375042, 0.0},
                d.normalised(Y), 1e-9);
    }

    @Test
    void weightsMatchTheReferenceScript() {
        assertArrayEquals(new double[] {1.1218638587055318, 0.9974589408584783, 0.8908200989428656,
            0.8560695966258839, 0.7789445887414232, 0.7771637241687577, 0.7772188313490218, 0.8275843054534002,
            0.8414081057427073, 0.8566898270263993, 0.8912703787330271, 1.284076497186085, 1.5451037981289035,
            1.5543274483375153}, new DenseWeight(0.5).weights(Y), 1e-9);
        assertArrayEquals(new double[] {1.5468758279200594, 0.9885964975374432, 0.5100441839494966,
            0.35409787973799045, 0.007991805294644517, 3.4875988106837546e-06, 0.00024729890288548216,
            0.22626732804646307, 0.2883029943401822, 0.3568812247911845, 0.5120648588881288, 2.2748210310337917,
            3.4462067712751674, 3.4875988106837545}, new DenseWeight(1.0).weights(Y), 1e-9);
        // alpha = 2: every target with p' >= 0.5 is clipped to epsilon before rescaling
        double[] w = new DenseWeight(2.0).weights(Y);
        assertArrayEquals(new double[] {1.86920794153921, 5.99251181906396, 6.138212719056918},
                Arrays.copyOfRange(w, 11, 14), 1e-9);
        for (int i = 0; i < 11; i++) {
            assertEquals(6.138212719056918e-06, w[i], 1e-15);
        }
    }

    @Test
    void alphaZeroGivesOnesAndEqualTargetsGiveOnes() {
        double[] ones = new double[Y.length];
        Arrays.fill(ones, 1.0);
        assertArrayEquals(ones, new DenseWeight(0).weights(Y), 1e-15);
        assertArrayEquals(new double[] {1, 1, 1}, new DenseWeight(1.0).weights(new double[] {4, 4, 4}), 0);
        assertArrayEquals(new double[] {1}, new DenseWeight(1.0).weights(new double[] {4}), 0);
    }

    @Test
    void repeatedTargetsAreCountedWithTheirMultiplicity() {
        // scipy: gaussian_kde([1, 1, 1, 2, 5], bw_method='silverman')([1, 2, 5])
        //   -> [0.22588901176511658, 0.20038612559486288, 0.06666423569854733]
        DenseWeight.Density d = DenseWeight.Density.of(new double[] {1, 1, 1, 2, 5});
        assertArrayEquals(new double[] {0.22588901176511658, 0.20038612559486288, 0.06666423569854733},
                d.rawAt(new double[] {1, 2, 5}), 1e-12);
    }

    @Test
    void badParametersAreOneLineConfigErrors() {
        assertEquals("denseweight: alpha must be finite and >= 0, got -1.0",
                assertThrows(ConfigException.class, () -> new DenseWeight(-1)).getMessage());
        assertEquals("denseweight: epsilon must be finite and > 0, got 0.0",
                assertThrows(ConfigException.class, () -> new DenseWeight(1, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DenseWeight(1).weights(new double[0]));
        assertThrows(IllegalArgumentException.class,
                () -> new DenseWeight(1).weights(new double[] {1, Double.POSITIVE_INFINITY}));
    }

    @Property(tries = 200)
    void weightsArePositiveWithMeanOneAndFallWithDensity(
            @ForAll @Size(min = 1, max = 80) List<@DoubleRange(min = -50, max = 50) Double> targets,
            @ForAll @DoubleRange(min = 0, max = 3) double alpha) {
        double[] y = targets.stream().mapToDouble(Double::doubleValue).toArray();
        double[] w = new DenseWeight(alpha).weights(y);
        double sum = 0;
        for (double v : w) {
            assertTrue(v > 0 && Double.isFinite(v), "weight " + v);
            sum += v;
        }
        assertEquals(1.0, sum / w.length, 1e-12);
        DenseWeight.Density d = DenseWeight.Density.of(y);
        if (d.bandwidth() > 0) {
            double[] p = d.rawAt(y);
            for (int i = 0; i < y.length; i++) {
                for (int j = 0; j < y.length; j++) {
                    if (p[i] < p[j]) {
                        assertTrue(w[i] >= w[j], "a rarer target must not weigh less");
                    }
                }
            }
        }
    }
}
