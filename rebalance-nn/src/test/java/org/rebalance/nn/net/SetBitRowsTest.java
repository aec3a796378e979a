package org.rebalance.nn.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Test;
import org.rebalance.nn.engine.Engines;

class SetBitRowsTest {
    @Test
    void listsTheSetColumnsOfEachRow() {
        SetBitRows rows = SetBitRows.of(new float[] {1, 0, 1, 0, 0, 0, 0, 1, 1}, 3);
        assertEquals(3, rows.rows());
        assertArrayEquals(new int[] {0, 2, 2, 4}, rows.rowStart());
        assertArrayEquals(new int[] {0, 2, 1, 2}, rows.columns());
        assertEquals(4, rows.size());
    }

    @Test
    void travelsAsAnInt32TensorAndBack() {
        SetBitRows rows = new SetBitRows(2, new int[] {0, 0, 3}, new int[] {4, 7, 9});
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            NDArray tensor = rows.toTensor(m);
            assertTrue(SetBitRows.isEncoded(tensor));
            assertFalse(SetBitRows.isEncoded(m.create(new float[] {1, 0})));
            SetBitRows back = SetBitRows.fromTensor(tensor);
            assertEquals(2, back.rows());
            assertArrayEquals(rows.rowStart(), back.rowStart());
            assertArrayEquals(rows.columns(), back.columns());
        }
    }

    @Test
    void offsetsMustMatchTheRowsAndBits() {
        assertThrows(IllegalArgumentException.class, () -> new SetBitRows(2, new int[] {0, 1}, new int[] {1}));
        assertThrows(IllegalArgumentException.class, () -> new SetBitRows(1, new int[] {0, 2}, new int[] {1}));
    }
}
