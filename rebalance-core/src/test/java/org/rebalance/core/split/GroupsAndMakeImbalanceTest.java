package org.rebalance.core.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.CategoricalColumn;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.NumericColumn;
import org.rebalance.core.data.Schema;
import org.rebalance.core.data.Table;

class GroupsAndMakeImbalanceTest {
    @Test
    void identicalTableRowsShareAGroupNumberedByFirstAppearance() {
        Table t = new Table(List.of(new NumericColumn("x", new double[] {1, 2, 1, 1, 2}),
                new CategoricalColumn("c", new String[] {"a", "a", "a", "b", "a"})));
        assertArrayEquals(new int[] {0, 1, 0, 2, 1}, Groups.ofIdenticalRows(t));
    }

    @Test
    void identicalMatrixRowsShareAGroup() {
        DenseMatrix m = DenseMatrix.of(new double[][] {{0, 1}, {0, 1}, {1, 0}}, Schema.numbered(2));
        assertArrayEquals(new int[] {0, 0, 1}, Groups.ofIdenticalRows(m));
    }

    @Test
    void makeImbalanceDrawsExactCountsWithoutReplacement() {
        int[] y = new int[100];
        for (int i = 50; i < 100; i++) {
            y[i] = 1;
        }
        ClassTarget t = new ClassTarget(y, ClassNames.of("0", "1"));
        int[] rows = MakeImbalance.rows(t, Map.of("1", 5, "0", 40), new SplittableRandom(2));
        assertEquals(45, rows.length);
        assertEquals(5, t.select(rows).counts()[1]);
        assertEquals(40, t.select(rows).counts()[0]);
        for (int i = 1; i < rows.length; i++) {
            assertTrue(rows[i - 1] < rows[i], "ascending and distinct");
        }
        assertArrayEquals(rows, MakeImbalance.rows(t, Map.of("1", 5, "0", 40), new SplittableRandom(2)));
    }

    @Test
    void makeImbalanceErrorsNameTheClass() {
        ClassTarget t = new ClassTarget(new int[] {0, 0, 1}, ClassNames.of("0", "1"));
        assertEquals("class \"1\": asked for 2 rows but it has 1", assertThrows(ConfigException.class,
                () -> MakeImbalance.rows(t, Map.of("1", 2), new SplittableRandom(1))).getMessage());
        assertEquals("unknown class \"x\"; the classes are [0, 1]", assertThrows(ConfigException.class,
                () -> MakeImbalance.rows(t, Map.of("x", 1), new SplittableRandom(1))).getMessage());
    }
}
