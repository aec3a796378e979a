package org.rebalance.core.regression;

import org.rebalance.core.ConfigException;

/**
 * Label Distribution Smoothing (Y. Yang, K. Zha, Y.-C. Chen, H. Wang, D. Katabi, "Delving into Deep
 * Imbalanced Regression", ICML 2021): loss weights for regression that follow an <em>effective</em>
 * target density, the empirical one smoothed by a Gaussian kernel, so that nearby targets share
 * their support.
 *
 * <ol>
 *   <li>Histogram of the training targets over {@code bins} equal-width bins spanning [min, max]
 *       (the maximum goes to the last bin; one bin if every target is the same).
 *   <li>Convolved with the kernel window ({@link #kernel()}) with zeros outside the histogram —
 *       {@code scipy.ndimage.convolve1d(hist, window, mode='constant')}, as the authors' code.
 *   <li>Each sample's effective density is the smoothed count of its bin; its weight is
 *       1 / density ({@link Reweight#INVERSE}) or 1 / sqrt(density) ({@link Reweight#SQRT_INVERSE}),
 *       rescaled so the weights of the training samples have mean 1.
 * </ol>
 *
 * <p>The window is the authors' {@code get_lds_kernel_window('gaussian', ks, sigma)}: scipy's
 * {@code gaussian_filter1d} (truncated at 4 sigma, 'reflect' boundary) applied to a unit impulse of
 * length ks, scaled so its maximum is 1. The reflection folds the Gaussian's tails back into the
 * window, so for ks = 5, sigma = 2 it is (0.858, 0.946, 1, 0.946, 0.858), flatter than the sampled
 * exp(-x²/8) = (0.607, 0.882, 1, ...). Scaling the window (max 1 or sum 1) changes
 * {@link #smoothedDensity} by a constant factor but not the weights, which are renormalised.
 *
 * <p>Unlike the authors' training script, counts are not clipped to [5, 1000] before smoothing for
 * INVERSE, and the square root is taken after smoothing (their script smooths the square roots of
 * the counts): the weights are exactly the paper's formula, 1 / p̃(y) or 1 / sqrt(p̃(y)).
 *
 * @param bins equal-width bins over the training range (the paper bins by one unit of the target)
 * @param kernelSize window length, odd (paper default 5)
 * @param sigma Gaussian width in bins (paper default 2)
 * @param reweight inverse or square-root inverse of the smoothed density
 */
public record LdsWeights(int bins, int kernelSize, double sigma, Reweight reweight) {
    /** How the effective density becomes a weight. */
    public enum Reweight {
        /** 1 / density. */
        INVERSE,
        /** 1 / sqrt(density), the milder choice and the authors' code's default with LDS. */
        SQRT_INVERSE
    }

    public LdsWeights {
        if (bins < 1) {
            throw new ConfigException("lds: bins must be >= 1, got " + bins);
        }
        if (kernelSize < 1 || kernelSize % 2 == 0) {
            throw new ConfigException("lds: kernel size must be odd and >= 1, got " + kernelSize);
        }
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new ConfigException("lds: sigma must be finite and > 0, got " + sigma);
        }
        if (reweight == null) {
            throw new ConfigException("lds: reweight must be inverse or sqrt-inverse");
        }
    }

    /** The paper's defaults: kernel size 5, sigma 2, square-root inverse. */
    public LdsWeights(int bins) {
        this(bins, 5, 2.0, Reweight.SQRT_INVERSE);
    }

    /**
     * The smoothing window, {@code gaussian_filter1d(impulse, sigma)} of a centred unit impulse of
     * length kernelSize (scipy's 'reflect' boundary, radius {@code (int) (4 sigma + 0.5)}), divided
     * by its maximum.
     */
    public double[] kernel() {
        int radius = (int) (4.0 * sigma + 0.5);
        double[] g = new double[2 * radius + 1];
        double sum = 0;
        for (int j = -radius; j <= radius; j++) {
            g[j + radius] = Math.exp(-0.5 * j * j / (sigma * sigma));
            sum += g[j + radius];
        }
        for (int j = 0; j < g.length; j++) {
            g[j] /= sum;
        }
        int n = kernelSize;
        int centre = n / 2;
        double[] window = new double[n];
        double max = 0;
        for (int i = 0; i < n; i++) {
            double v = 0;
            for (int j = -radius; j <= radius; j++) {
                if (reflect(i + j, n) == centre) {
                    v += g[j + radius];
                }
            }
            window[i] = v;
            max = Math.max(max, v);
        }
        for (int i = 0; i < n; i++) {
            window[i] /= max;
        }
        return window;
    }

    /** scipy.ndimage 'reflect' extension (d c b a | a b c d | d c b a): period 2n, mirrored. */
    private static int reflect(int i, int n) {
        int m = Math.floorMod(i, 2 * n);
        return m < n ? m : 2 * n - 1 - m;
    }

    /**
     * The smoothed histogram: for each bin, the kernel-weighted count of training targets in the
     * bins around it (one entry per bin; a single entry if every target is the same).
     */
    public double[] smoothedDensity(double[] trainTargets) {
        return smooth(TargetBinnedLabels.bin(trainTargets, bins));
    }

    private double[] smooth(TargetBinnedLabels.Binned binned) {
        int m = binned.bins();
        double[] counts = new double[m];
        for (int b : binned.labels()) {
            counts[b]++;
        }
        double[] w = kernel();
        int half = kernelSize / 2;
        double[] out = new double[m];
        for (int i = 0; i < m; i++) {
            double s = 0;
            for (int j = -half; j <= half; j++) {
                int b = i + j;
                if (b >= 0 && b < m) {
                    s += w[j + half] * counts[b];
                }
            }
            out[i] = s;
        }
        return out;
    }

    /**
     * The weight of each training sample, positive and with mean 1: the inverse (or inverse square
     * root) of the smoothed count of its target's bin.
     *
     * @throws IllegalArgumentException if there are no targets or one is not finite
     */
    public double[] weights(double[] trainTargets) {
        TargetBinnedLabels.Binned binned = TargetBinnedLabels.bin(trainTargets, bins);
        double[] density = smooth(binned);
        int[] label = binned.labels();
        double[] w = new double[label.length];
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            double d = density[label[i]];
            w[i] = reweight == Reweight.INVERSE ? 1.0 / d : 1.0 / Math.sqrt(d);
            sum += w[i];
        }
        double scale = w.length / sum;
        for (int i = 0; i < w.length; i++) {
            w[i] *= scale;
        }
        return w;
    }
}
