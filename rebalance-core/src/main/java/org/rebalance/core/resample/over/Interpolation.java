package org.rebalance.core.resample.over;

import org.rebalance.core.neighbours.KnnIndex;

/** The point {@code a + gap (b - a)} between two points of an index (shared by SMOTE and its kin). */
final class Interpolation {
    private Interpolation() {
    }

    static double[] between(KnnIndex index, int a, int b, double gap) {
        double[] x = index.point(a);
        double[] y = index.point(b);
        for (int c = 0; c < x.length; c++) {
            x[c] += gap * (y[c] - x[c]);
        }
        return x;
    }
}
