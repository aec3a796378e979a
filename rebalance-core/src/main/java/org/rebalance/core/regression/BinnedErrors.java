package org.rebalance.core.regression;

import java.util.ArrayList;
import java.util.List;
import org.rebalance.core.regression.ShotRegion.ShotThresholds;

/**
 * Test errors per target bin and per shot region, the evaluation of imbalanced regression: a bin's region comes
 * from its number of training targets, its errors from the test samples whose truth falls in it. A bin or region
 * with no test sample has count 0 and NaN errors. {@link #balancedMse()} averages the per-bin MSE over the bins
 * that have test samples, so that every part of the target range weighs the same (Ren et al. 2022, "Balanced
 * MSE for Imbalanced Visual Regression").
 */
public record BinnedErrors(TargetBins binning, List<Bin> bins, List<Region> regions) {

    /** Errors of the test samples in bin {@code index}, whose region follows from {@code trainCount}. */
    public record Bin(int index, double centre, int trainCount, ShotRegion region, int count, double mse, double mae,
            double meanPrediction) {
    }

    /** Errors of the test samples in all bins of one region. */
    public record Region(ShotRegion region, int count, double mse, double mae) {
    }

    public BinnedErrors {
        bins = List.copyOf(bins);
        regions = List.copyOf(regions);
    }

    /** As {@link #of(TargetBins, double[], double[], double[], ShotThresholds)} with Yang et al.'s thresholds. */
    public static BinnedErrors of(TargetBins binning, double[] trainTargets, double[] truth, double[] predicted) {
        return of(binning, trainTargets, truth, predicted, ShotThresholds.defaults());
    }

    /**
     * Bins the training targets (for regions) and the test truth (for errors).
     *
     * @throws IllegalArgumentException if truth and predictions differ in length
     */
    public static BinnedErrors of(TargetBins binning, double[] trainTargets, double[] truth, double[] predicted,
            ShotThresholds thresholds) {
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException(truth.length + " test truths but " + predicted.length + " predictions");
        }
        int k = binning.bins();
        int[] train = binning.counts(trainTargets);
        Sums[] perBin = new Sums[k];
        Sums[] perRegion = new Sums[ShotRegion.values().length];
        for (int b = 0; b < k; b++) {
            perBin[b] = new Sums();
        }
        for (int r = 0; r < perRegion.length; r++) {
            perRegion[r] = new Sums();
        }
        for (int i = 0; i < truth.length; i++) {
            int b = binning.bin(truth[i]);
            perBin[b].add(truth[i], predicted[i]);
            perRegion[thresholds.region(train[b]).ordinal()].add(truth[i], predicted[i]);
        }
        List<Bin> bins = new ArrayList<>();
        for (int b = 0; b < k; b++) {
            Sums s = perBin[b];
            bins.add(new Bin(b, binning.centre(b), train[b], thresholds.region(train[b]), s.count, s.squares / s.count,
                    s.absolutes / s.count, s.predictions / s.count));
        }
        List<Region> regions = new ArrayList<>();
        for (ShotRegion r : ShotRegion.values()) {
            Sums s = perRegion[r.ordinal()];
            regions.add(new Region(r, s.count, s.squares / s.count, s.absolutes / s.count));
        }
        return new BinnedErrors(binning, bins, regions);
    }

    /** The errors of bin b. */
    public Bin bin(int b) {
        return bins.get(b);
    }

    /** The errors of one shot region. */
    public Region region(ShotRegion r) {
        return regions.get(r.ordinal());
    }

    /** The mean of the per-bin MSE over bins with at least one test sample; NaN if there are none. */
    public double balancedMse() {
        double sum = 0;
        int used = 0;
        for (Bin b : bins) {
            if (b.count() > 0) {
                sum += b.mse();
                used++;
            }
        }
        return used == 0 ? Double.NaN : sum / used;
    }

    /** Running sums of one group of test samples. */
    private static final class Sums {
        int count;
        double squares;
        double absolutes;
        double predictions;

        void add(double truth, double predicted) {
            double e = truth - predicted;
            count++;
            squares += e * e;
            absolutes += Math.abs(e);
            predictions += predicted;
        }
    }
}
