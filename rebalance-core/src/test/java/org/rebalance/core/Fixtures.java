package org.rebalance.core;

import java.util.SplittableRandom;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Origin;
import org.rebalance.core.data.Schema;

/**
 * Small fixed data sets for tests, here and (through the core test-jar) in the other modules. Every call
 * builds the same values; nothing is random at run time.
 */
public final class Fixtures {
    private Fixtures() {
    }

    /**
     * Twenty 2-D points, columns x and y, classes "neg" (index 0, 15 points) and "pos" (index 1, 5 points).
     * Negatives lie on a 5 x 3 grid {0,1,2,3,4} x {0,1,2}; positives at (5,5), (6,5), (5,6), (6,6),
     * (5.5,7). The positives sit at rows 2, 6, 10, 14 and 18, so a sampler that forgets about row order
     * shows it.
     */
    public static Dataset<DenseMatrix> twentyPoints() {
        double[][] x = new double[20][];
        int[] y = new int[20];
        double[][] pos = {{5, 5}, {6, 5}, {5, 6}, {6, 6}, {5.5, 7}};
        int neg = 0;
        int p = 0;
        for (int i = 0; i < 20; i++) {
            if (i % 4 == 2) {
                x[i] = pos[p++].clone();
                y[i] = 1;
            } else {
                x[i] = new double[] {neg % 5, neg / 5};
                neg++;
            }
        }
        return dataset("twenty-points", x, y, ClassNames.of("neg", "pos"), new Schema(java.util.List.of("x", "y")));
    }

    /**
     * 75 2-D points in three classes: "a" (index 0, 50 points around (0,0)), "b" (index 1, 20 points
     * around (4,0)) and "c" (index 2, 5 points around (2,4)), interleaved in a fixed shuffled order; the
     * coordinates have a fixed jitter in [-1, 1).
     */
    public static Dataset<DenseMatrix> threeClass() {
        int[] y = new int[75];
        for (int i = 0; i < 75; i++) {
            y[i] = i < 50 ? 0 : i < 70 ? 1 : 2;
        }
        SplittableRandom rng = new SplittableRandom(20240601L);
        for (int i = y.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = y[i];
            y[i] = y[j];
            y[j] = t;
        }
        double[][] centres = {{0, 0}, {4, 0}, {2, 4}};
        double[][] x = new double[75][];
        for (int i = 0; i < 75; i++) {
            x[i] = new double[] {centres[y[i]][0] + rng.nextDouble(-1, 1), centres[y[i]][1] + rng.nextDouble(-1, 1)};
        }
        return dataset("three-class", x, y, ClassNames.of("a", "b", "c"), Schema.numbered(2));
    }

    /**
     * A two-class data set with the given counts: classes "neg" (index 0) and "pos" (index 1), one column
     * "x" holding the row index; the positives are the last rows.
     */
    public static Dataset<DenseMatrix> binary(int negatives, int positives) {
        int n = negatives + positives;
        double[][] x = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {i};
            y[i] = i < negatives ? 0 : 1;
        }
        return dataset("binary-" + negatives + "-" + positives, x, y, ClassNames.of("neg", "pos"),
                new Schema(java.util.List.of("x")));
    }

    private static Dataset<DenseMatrix> dataset(String name, double[][] x, int[] y, ClassNames names, Schema schema) {
        return new Dataset<>(DenseMatrix.of(x, schema), new ClassTarget(y, names),
                new Origin("fixture:" + name, "0".repeat(64), x.length));
    }
}
