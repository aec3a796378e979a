package org.rebalance.core.image;

import java.util.Arrays;
import org.rebalance.core.ConfigException;

/**
 * Per-channel standardisation {@code (v - mean[c]) / std[c]} with the mean and population standard
 * deviation (ddof 0) of each channel over all pixels of the training images only; a constant channel
 * gets std 1. Immutable.
 */
public final class ImageNormalizer {
    private final double[] mean;
    private final double[] std;

    private ImageNormalizer(double[] mean, double[] std) {
        this.mean = mean;
        this.std = std;
    }

    /** Learns each channel's mean and standard deviation from the training images. */
    public static ImageNormalizer fit(ImageSet train) {
        if (train.size() == 0) {
            throw new ConfigException("cannot fit image normalisation on an empty training set");
        }
        int ch = train.channels();
        int plane = train.height() * train.width();
        float[] v = train.toFloatArray();
        double[] mean = new double[ch];
        double[] std = new double[ch];
        long count = (long) train.size() * plane;
        for (int c = 0; c < ch; c++) {
            double sum = 0;
            for (int i = 0; i < train.size(); i++) {
                int base = (i * ch + c) * plane;
                for (int p = 0; p < plane; p++) {
                    sum += v[base + p];
                }
            }
            double m = sum / count;
            double ss = 0;
            for (int i = 0; i < train.size(); i++) {
                int base = (i * ch + c) * plane;
                for (int p = 0; p < plane; p++) {
                    double d = v[base + p] - m;
                    ss += d * d;
                }
            }
            double sd = Math.sqrt(ss / count);
            mean[c] = m;
            std[c] = sd > 0 ? sd : 1.0;
        }
        return new ImageNormalizer(mean, std);
    }

    /** Given per-channel constants (e.g. published ones); every std must be positive. */
    public static ImageNormalizer of(double[] mean, double[] std) {
        if (mean.length == 0 || mean.length != std.length) {
            throw new ConfigException("normalisation needs one mean and one std per channel, got " + mean.length
                    + " and " + std.length);
        }
        for (int c = 0; c < std.length; c++) {
            if (!(std[c] > 0) || !Double.isFinite(std[c]) || !Double.isFinite(mean[c])) {
                throw new ConfigException("channel " + c + ": normalisation needs a finite mean and a positive std,"
                        + " got mean " + mean[c] + ", std " + std[c]);
            }
        }
        return new ImageNormalizer(mean.clone(), std.clone());
    }

    /** A copy of the per-channel means. */
    public double[] mean() {
        return mean.clone();
    }

    /** A copy of the per-channel standard deviations (1 for a constant channel). */
    public double[] std() {
        return std.clone();
    }

    /** The images standardised channel by channel (a new set; the argument is unchanged). */
    public ImageSet apply(ImageSet images) {
        if (images.channels() != mean.length) {
            throw new IllegalArgumentException("the normaliser was fitted on " + mean.length
                    + " channels, the images have " + images.channels());
        }
        int ch = mean.length;
        int plane = images.height() * images.width();
        float[] v = images.toFloatArray();
        for (int i = 0; i < images.size(); i++) {
            for (int c = 0; c < ch; c++) {
                int base = (i * ch + c) * plane;
                for (int p = 0; p < plane; p++) {
                    v[base + p] = (float) ((v[base + p] - mean[c]) / std[c]);
                }
            }
        }
        return ImageSet.wrap(v, images.size(), ch, images.height(), images.width());
    }

    @Override
    public String toString() {
        return "ImageNormalizer[mean=" + Arrays.toString(mean) + ", std=" + Arrays.toString(std) + "]";
    }
}
