package org.rebalance.core.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Origin;
import org.rebalance.core.data.RegressionTarget;
import org.rebalance.core.data.Schema;

class RegressionResamplingTest {
    private static final Origin ORIGIN = new Origin("t.csv", "abc", 3);
    private static final Dataset<DenseMatrix> TRAIN = new Dataset<>(
            DenseMatrix.of(new double[][] {{1, 10}, {2, 20}, {3, 30}}, new Schema(List.of("a", "b"))),
            new RegressionTarget(new double[] {0.1, 0.2, 0.3}), ORIGIN);

    @Test
    void selectedRowsThenSyntheticRowsWithTheirTargets() {
        RegressionResampling plan = new RegressionResampling(new int[] {2, 0, 0}, new double[] {7, 70, 8, 80}, 2,
                new double[] {0.7, 0.8});
        Dataset<DenseMatrix> out = plan.applyTo(TRAIN);
        assertEquals(5, out.size());
        assertArrayEquals(new double[] {3, 30, 1, 10, 1, 10, 7, 70, 8, 80}, out.inputs().toArray(), 0);
        assertArrayEquals(new double[] {0.3, 0.1, 0.1, 0.7, 0.8}, ((RegressionTarget) out.target()).values(), 0);
        assertEquals(ORIGIN, out.origin());
        assertEquals(List.of("a", "b"), out.inputs().schema().columns());
        assertEquals(5, plan.size());
        assertEquals(2, plan.syntheticCount());
        assertArrayEquals(new double[] {8, 80}, plan.syntheticRow(1), 0);
    }

    @Test
    void arraysAreCopiedInAndOut() {
        int[] rows = {0, 1};
        double[] targets = {0.5};
        RegressionResampling plan = new RegressionResampling(rows, new double[] {4, 40}, 2, targets);
        rows[0] = 2;
        targets[0] = 9;
        plan.rows()[1] = 2;
        plan.syntheticTargets()[0] = 9;
        assertArrayEquals(new int[] {0, 1}, plan.rows());
        assertArrayEquals(new double[] {0.5}, plan.syntheticTargets(), 0);
        assertEquals(plan, new RegressionResampling(new int[] {0, 1}, new double[] {4, 40}, 2, new double[] {0.5}));
    }

    @Test
    void selectionOnlyPlans() {
        Dataset<DenseMatrix> out = RegressionResampling.of(new int[] {1}).applyTo(TRAIN);
        assertArrayEquals(new double[] {2, 20}, out.inputs().toArray(), 0);
        assertArrayEquals(new double[] {0.2}, ((RegressionTarget) out.target()).values(), 0);
    }

    @Test
    void inconsistentPlansAreRejected() {
        assertEquals("2 synthetic targets of 2 dimensions need 4 values, got 3", assertThrows(
                IllegalArgumentException.class,
                () -> new RegressionResampling(new int[0], new double[3], 2, new double[2])).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new RegressionResampling(new int[] {-1}, new double[0], 0, new double[0]));
        assertEquals("row index 3 is outside a part of 3 rows", assertThrows(IllegalArgumentException.class,
                () -> RegressionResampling.of(new int[] {3}).applyTo(TRAIN)).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new RegressionResampling(new int[0], new double[3], 3, new double[1]).applyTo(TRAIN));
        Dataset<DenseMatrix> classes = new Dataset<>(TRAIN.inputs(),
                new ClassTarget(new int[] {0, 1, 0}, ClassNames.of("x", "y")), ORIGIN);
        assertThrows(IllegalArgumentException.class, () -> RegressionResampling.of(new int[] {0}).applyTo(classes));
    }
}
