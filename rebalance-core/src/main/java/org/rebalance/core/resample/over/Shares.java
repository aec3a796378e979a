package org.rebalance.core.resample.over;

/** Splits a whole number of new points among seeds in proportion to their weights. */
final class Shares {
    private Shares() {
    }

    /**
     * Counts proportional to {@code weights} adding up to exactly {@code total} (largest remainder;
     * ties to the lower index), or null when every weight is 0.
     */
    static int[] largestRemainder(double[] weights, int total) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        if (sum <= 0) {
            return null;
        }
        int[] counts = new int[weights.length];
        double[] remainder = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            counts[i] = (int) Math.floor(exact);
            remainder[i] = exact - counts[i];
            given += counts[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainder[i] > remainder[best]) {
                    best = i;
                }
            }
            counts[best]++;
            remainder[best] = -1;
            given++;
        }
        return counts;
    }
}
