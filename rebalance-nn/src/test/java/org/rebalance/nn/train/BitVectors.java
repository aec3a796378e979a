package org.rebalance.nn.train;

import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Origin;
import org.rebalance.core.data.Schema;

/** Fingerprint-like test data: random 0/1 rows, every few a positive with some bits planted. */
final class BitVectors {
    private BitVectors() {
    }

    /**
     * {@code n} rows of {@code d} bits, each set with probability {@code density}; row i is positive when
     * i is a multiple of {@code positiveEvery}, and then the bits {@code planted.apply(i)} are set too.
     */
    static Dataset<DenseMatrix> labelled(int n, int d, double density, int positiveEvery, IntFunction<int[]> planted,
            long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[n][d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % positiveEvery == 0 ? 1 : 0;
            for (int c = 0; c < d; c++) {
                x[i][c] = rng.nextDouble() < density ? 1 : 0;
            }
            if (y[i] == 1) {
                for (int c : planted.apply(i)) {
                    x[i][c] = 1;
                }
            }
        }
        return new Dataset<>(DenseMatrix.of(x, Schema.numbered(d)), new ClassTarget(y, ClassNames.of("0", "1")),
                new Origin("bits", "", n));
    }
}
