package org.rebalance.core.resample.over;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.Fixtures;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.neighbours.KnnIndex;
import org.rebalance.core.neighbours.Neighbours;
import org.rebalance.core.resample.ClassRows;
import org.rebalance.core.resample.Resampling;
import org.rebalance.core.resample.Sampler;
import org.rebalance.core.resample.SamplerContract;
import org.rebalance.core.resample.SamplingStrategy;

class SmoteTest extends SamplerContract {
    @Override
    protected Sampler create(SamplingStrategy strategy) {
        return new Smote(strategy, 3);
    }

    @Test
    void everySyntheticPointLiesOnASegmentToOneOfItsSeedsNeighbours() {
        for (Dataset<DenseMatrix> d : data()) {
            int k = 3;
            Resampling plan = new Smote(SamplingStrategy.Named.AUTO, k).plan(d.inputs(), d.classTarget(),
                    new SplittableRandom(4));
            ClassTarget t = d.classTarget();
            ClassRows byClass = ClassRows.of(t);
            for (int s = 0; s < plan.synthetic().length; s++) {
                int c = plan.syntheticLabels()[s];
                int[] rows = byClass.of(c);
                KnnIndex index = KnnIndex.of(d.inputs(), rows);
                Neighbours nb = index.selfNeighbours(k);
                boolean found = false;
                for (int a = 0; a < rows.length && !found; a++) {
                    for (int j = 0; j < k && !found; j++) {
                        found = onSegment(plan.synthetic()[s], index.point(a), index.point(nb.index(a, j)));
                    }
                }
                assertTrue(found, "synthetic point " + s + " of class " + c + " is on no seed-neighbour segment");
            }
        }
    }

    /** p = a + g (b - a) with 0 <= g <= 1, to 1e-9. */
    private static boolean onSegment(double[] p, double[] a, double[] b) {
        double g = Double.NaN;
        for (int c = 0; c < p.length; c++) {
            double span = b[c] - a[c];
            if (Math.abs(span) > 1e-12) {
                double gc = (p[c] - a[c]) / span;
                if (!Double.isNaN(g) && Math.abs(gc - g) > 1e-9) {
                    return false;
                }
                g = gc;
            } else if (Math.abs(p[c] - a[c]) > 1e-9) {
                return false;
            }
        }
        return Double.isNaN(g) || (g >= -1e-9 && g <= 1 + 1e-9);
    }

    @Test
    void countsFollowTheRatioLikeImbalancedLearn() {
        Dataset<DenseMatrix> d = Fixtures.binary(95, 10);
        // SMOTE(sampling_strategy=0.5, k_neighbors=5).fit_resample on 95 x 0 + 10 x 1 -> {0: 95, 1: 47}
        Resampling plan = new Smote(new SamplingStrategy.Ratio(0.5), 5).plan(d.inputs(), d.classTarget(),
                new SplittableRandom(1));
        assertArrayEquals(new int[] {95, 47}, plan.target(d.classTarget()).counts());
        assertEquals(37, plan.synthetic().length);
        // the 1-D positives sit at 95..104: every synthetic value lies in that range
        for (double[] p : plan.synthetic()) {
            assertTrue(p[0] >= 95 && p[0] <= 104, "value " + p[0]);
        }
    }

    @Test
    void tooFewExamplesForKIsAClearError() {
        Dataset<DenseMatrix> d = Fixtures.twentyPoints();
        ConfigException e = assertThrows(ConfigException.class,
                () -> new Smote().plan(d.inputs(), d.classTarget(), new SplittableRandom(1)));
        assertEquals("smote: k=5 needs at least 6 examples of class \"pos\", found 5", e.getMessage());
        assertThrows(ConfigException.class, () -> new Smote(SamplingStrategy.Named.AUTO, 0));
    }

    @Test
    void theResampledTableIsTheOriginalRowsThenTheNewPointsAndABalancedSetIsLeftAsItIs() {
        Dataset<DenseMatrix> d = Fixtures.binary(95, 10);
        Resampling plan = new Smote(SamplingStrategy.Named.AUTO, 5).plan(d.inputs(), d.classTarget(),
                new SplittableRandom(2));
        DenseMatrix table = plan.features(d.inputs());
        assertEquals(95 + 95, table.rows());
        for (int r = 0; r < 105; r++) {
            assertArrayEquals(d.inputs().row(r), table.row(r), "original row " + r);
        }
        for (int s = 0; s < 85; s++) {
            assertArrayEquals(plan.syntheticRow(s), table.row(105 + s), "new point " + s);
        }
        Dataset<DenseMatrix> balanced = Fixtures.binary(10, 10);
        Resampling nothing = new Smote(SamplingStrategy.Named.AUTO, 5).plan(balanced.inputs(),
                balanced.classTarget(), new SplittableRandom(2));
        assertEquals(Resampling.identity(20), nothing);
    }
}
