package org.rebalance.core.regression;

import org.rebalance.core.ConfigException;

/**
 * Equal-width bins over [low, high], e.g. 9 bins of width 1 over [1, 10]. Bin b holds
 * [low + b·w, low + (b+1)·w) with w = (high - low) / bins; the last bin also holds high. Values below low fall
 * in the first bin and values above high in the last.
 */
public record TargetBins(double low, double high, int bins) {
    public TargetBins {
        if (!(Double.isFinite(low) && Double.isFinite(high) && low < high)) {
            throw new ConfigException("target bins need finite low < high, got [" + low + ", " + high + "]");
        }
        if (bins < 1) {
            throw new ConfigException("number of target bins must be at least 1, got " + bins);
        }
    }

    /** {@code bins} equal-width bins over [low, high]. */
    public static TargetBins of(double low, double high, int bins) {
        return new TargetBins(low, high, bins);
    }

    /**
     * Bins from the smallest to the largest of the values.
     *
     * @throws IllegalArgumentException if there are no values, one is not finite, or all are equal
     */
    public static TargetBins covering(double[] values, int bins) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("cannot bin the value " + v);
            }
            low = Math.min(low, v);
            high = Math.max(high, v);
        }
        if (!(low < high)) {
            throw new IllegalArgumentException("bins need at least two distinct values, got " + values.length
                    + (values.length == 0 ? " values" : " values all equal to " + low));
        }
        return new TargetBins(low, high, bins);
    }

    /** The bin of y; values outside [low, high] are clamped to the first or last bin. */
    public int bin(double y) {
        if (Double.isNaN(y)) {
            throw new IllegalArgumentException("cannot bin NaN");
        }
        double scaled = Math.floor((y - low) * bins / (high - low));
        return (int) Math.max(0, Math.min(bins - 1, scaled));
    }

    /** The lower edge of bin b (included in the bin). */
    public double lowerEdge(int b) {
        return low + b * (high - low) / bins;
    }

    /** The upper edge of bin b (excluded, except for the last bin, which holds {@code high}). */
    public double upperEdge(int b) {
        return b == bins - 1 ? high : low + (b + 1) * (high - low) / bins;
    }

    /** The middle of bin b. */
    public double centre(int b) {
        return low + (b + 0.5) * (high - low) / bins;
    }

    /** The number of values in each bin. */
    public int[] counts(double[] values) {
        int[] out = new int[bins];
        for (double v : values) {
            out[bin(v)]++;
        }
        return out;
    }
}
