package org.rebalance.core.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm's step-down adjustment of p-values for multiple comparisons (S. Holm, "A simple sequentially
 * rejective multiple test procedure", Scand. J. Statistics 6(2), 65–70, 1979): sorted ascending,
 * p_(i) becomes max over j &lt;= i of min(1, (m - j + 1) p_(j)). A few lines of arithmetic that
 * Commons Statistics does not provide.
 */
public final class Holm {
    private Holm() {
    }

    /** Adjusted p-values, in the order given (NaN stays NaN and is not counted). */
    public static double[] adjust(double[] p) {
        Integer[] order = new Integer[p.length];
        int m = 0;
        for (int i = 0; i < p.length; i++) {
            order[i] = i;
            m += Double.isNaN(p[i]) ? 0 : 1;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> Double.isNaN(p[i]) ? Double.POSITIVE_INFINITY : p[i]));
        double[] out = new double[p.length];
        double running = 0;
        for (int rank = 0; rank < p.length; rank++) {
            int i = order[rank];
            if (Double.isNaN(p[i])) {
                out[i] = Double.NaN;
                continue;
            }
            running = Math.max(running, Math.min(1, (m - rank) * p[i]));
            out[i] = running;
        }
        return out;
    }
}
