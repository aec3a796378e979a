package org.rebalance.core.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.regression.LdsWeights.Reweight;

/*
 * Reference values: the authors' window and convolution (YyzHarry/imbalanced-regression), numpy 2.4.6,
 * scipy 1.17.1:
 *
 *   import numpy as np
 *   from scipy.ndimage import gaussian_filter1d, convolve1d
 *   def window(ks, sigma):                      # get_lds_kernel_window('gaussian', ks, sigma)
 *       half = (ks - 1) // 2
 *       base = [0.] * half + [1.] + [0.] * half
 *       g = gaussian_filter1d(base, sigma=sigma)
 *       return g / max(g)
 *   y = np.array(Y)                             # Y below
 *   bins = 10
 *   edges = np.linspace(y.min(), y.max(), bins + 1)
 *   b = np.clip(np.searchsorted(edges, y, side='right') - 1, 0, bins - 1)
 *   hist = np.bincount(b, minlength=bins).astype(float)
 *   smooth = convolve1d(hist, weights=window(ks, sigma), mode='constant')
 *   w = 1 / smooth[b]            # or 1 / np.sqrt(smooth[b])
 *   w = w * len(w) / w.sum()
 */
class LdsWeightsTest {
    /** Range 0..10 in 10 bins of width 1; 1.0, 2.0, 3.0, 5.0 and 9.0 sit on edges, 10.0 is the maximum. */
    private static final double[] Y = {0.0, 0.5, 1.0, 1.2, 2.0, 2.1, 2.2, 2.9, 3.0, 3.1, 3.3, 5.0, 9.0, 10.0};

    @Test
    void defaultWindowIsTheAuthorsReflectedGaussianNotTheSampledOne() {
        assertArrayEquals(new double[] {0.8582852377730947, 0.9458276490853568, 1.0, 0.9458276490853568,
            0.8582852377730947}, new LdsWeights(10).kernel(), 1e-12);
        assertArrayEquals(new double[] {0.7260695963132157, 1.0, 0.7260695963132157},
                new LdsWeights(10, 3, 1.0, Reweight.INVERSE).kernel(), 1e-12);
        assertArrayEquals(new double[] {1.0}, new LdsWeights(10, 1, 2.0, Reweight.INVERSE).kernel(), 0);
    }

    @Test
    void smoothedHistogramMatchesConvolve1dWithZeroPadding() {
        // hist = [2, 2, 4, 3, 0, 1, 0, 0, 0, 2]
        assertArrayEquals(new double[] {7.324796249263093, 10.249821607831425, 10.445708720972974,
            9.35816630966071, 7.216451547433806, 3.574855713319284, 0.9458276490853568, 2.574855713319284,
            1.8916552981707135, 2.0}, new LdsWeights(10).smoothedDensity(Y), 1e-9);
        assertArrayEquals(new double[] {3.452139192626431, 6.356417577879294, 7.630347981566079,
            5.904278385252862, 2.9042783852528626, 1.0, 0.7260695963132157, 0.0, 1.4521391926264313, 2.0},
                new LdsWeights(10, 3, 1.0, Reweight.INVERSE).smoothedDensity(Y), 1e-9);
    }

    @Test
    void weightsMatchTheReferenceScript() {
        assertArrayEquals(new double[] {0.9362467920511747, 0.9362467920511747, 0.7914618093228512,
            0.7914618093228512, 0.7840055936813215, 0.7840055936813215, 0.7840055936813215, 0.7840055936813215,
            0.8283096813047719, 0.8283096813047719, 0.8283096813047719, 1.3401668097595931, 1.7917322844263754,
            1.7917322844263754}, new LdsWeights(10).weights(Y), 1e-9);
        assertArrayEquals(new double[] {0.7796802353432611, 0.7796802353432611, 0.5571803180558157,
            0.5571803180558157, 0.5467315828939685, 0.5467315828939685, 0.5467315828939685, 0.5467315828939685,
            0.6102690072489152, 0.6102690072489152, 0.6102690072489152, 1.5975466764123394, 2.855499431733443,
            2.855499431733443}, new LdsWeights(10, 5, 2.0, Reweight.INVERSE).weights(Y), 1e-9);
        assertArrayEquals(new double[] {1.0328893644474268, 1.0328893644474268, 0.5609571449592512,
            0.5609571449592512, 0.4673021289815587, 0.4673021289815587, 0.4673021289815587, 0.4673021289815587,
            0.6039142506494908, 0.6039142506494908, 0.6039142506494908, 3.565677856655968, 1.782838928327984,
            1.782838928327984}, new LdsWeights(10, 3, 1.0, Reweight.INVERSE).weights(Y), 1e-9);
        assertArrayEquals(new double[] {1.0815884092746266, 1.0815884092746266, 0.797076424134164,
            0.797076424134164, 0.7275016817134681, 0.7275016817134681, 0.7275016817134681, 0.7275016817134681,
            0.827032850921119, 0.827032850921119, 0.827032850921119, 2.009584043922052, 1.4209905048215676,
            1.4209905048215676}, new LdsWeights(10, 3, 1.0, Reweight.SQRT_INVERSE).weights(Y), 1e-9);
    }

    @Test
    void withoutSmoothingInverseWeightsAreInverseBinCounts() {
        // kernel size 1: counts [1, 3] over bins [0, 5), [5, 10]: weights proportional to 1 and 1/3, mean 1
        double[] w = new LdsWeights(2, 1, 2.0, Reweight.INVERSE).weights(new double[] {0, 6, 8, 10});
        double unit = 4 / (1 + 3 * (1.0 / 3));
        assertArrayEquals(new double[] {unit, unit / 3, unit / 3, unit / 3}, w, 1e-12);
    }

    @Test
    void equalTargetsGetWeightOne() {
        assertArrayEquals(new double[] {1, 1, 1}, new LdsWeights(5).weights(new double[] {2.5, 2.5, 2.5}), 0);
        assertArrayEquals(new double[] {3.0}, new LdsWeights(5).smoothedDensity(new double[] {2.5, 2.5, 2.5}), 0);
    }

    @Test
    void badParametersAreOneLineConfigErrors() {
        assertEquals("lds: kernel size must be odd and >= 1, got 4",
                assertThrows(ConfigException.class, () -> new LdsWeights(10, 4, 2.0, Reweight.INVERSE)).getMessage());
        assertEquals("lds: bins must be >= 1, got 0", assertThrows(ConfigException.class,
                () -> new LdsWeights(0)).getMessage());
        assertThrows(ConfigException.class, () -> new LdsWeights(10, 5, 0.0, Reweight.INVERSE));
        assertThrows(ConfigException.class, () -> new LdsWeights(10, 5, 2.0, null));
        assertThrows(IllegalArgumentException.class, () -> new LdsWeights(10).weights(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> new LdsWeights(10).weights(new double[] {1, Double.NaN}));
    }

    @Property(tries = 200)
    void weightsArePositiveWithMeanOneAndFallWithSmoothedDensity(
            @ForAll @Size(min = 1, max = 80) List<@DoubleRange(min = -50, max = 50) Double> targets,
            @ForAll @IntRange(min = 1, max = 30) int bins, @ForAll boolean inverse) {
        double[] y = targets.stream().mapToDouble(Double::doubleValue).toArray();
        LdsWeights lds = new LdsWeights(bins, 5, 2.0, inverse ? Reweight.INVERSE : Reweight.SQRT_INVERSE);
        double[] w = lds.weights(y);
        double[] density = lds.smoothedDensity(y);
        int[] bin = TargetBinnedLabels.bin(y, bins).labels();
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            assertTrue(w[i] > 0 && Double.isFinite(w[i]), "weight " + w[i]);
            sum += w[i];
        }
        assertEquals(1.0, sum / w.length, 1e-12);
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                if (density[bin[i]] < density[bin[j]]) {
                    assertTrue(w[i] >= w[j], "a rarer bin must not weigh less");
                }
                if (density[bin[i]] < density[bin[j]] * (1 - 1e-9)) {
                    assertTrue(w[i] > w[j], "a clearly rarer bin must weigh more");
                }
            }
        }
    }
}
