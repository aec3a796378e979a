package org.rebalance.nn.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Schema;

class InputEncodingTest {
    /** 10 rows x 20 columns of 0/1 with {@code ones} ones (and one {@code other} value when not 0). */
    private static DenseMatrix bits(int ones, double other) {
        double[] v = new double[200];
        for (int i = 0; i < ones; i++) {
            v[i * 7 % 200] = 1.0;
        }
        if (other != 0) {
            v[199] = other;
        }
        return DenseMatrix.wrap(v, 10, Schema.numbered(20));
    }

    @Test
    void autoTakesSetBitsForZeroOneFeaturesWithAtMostTenPercentOnes() {
        assertEquals(InputEncoding.SPARSE_BINARY, InputEncoding.AUTO.resolve(bits(20, 0)));   // 10 %
        assertEquals(InputEncoding.DENSE, InputEncoding.AUTO.resolve(bits(21, 0)));           // 10.5 %
        assertEquals(InputEncoding.DENSE, InputEncoding.AUTO.resolve(bits(3, 0.5)));          // not 0/1
        assertEquals(InputEncoding.DENSE, InputEncoding.AUTO.resolve(bits(0, -1)));
    }

    @Test
    void explicitEncodingsStayAsAsked() {
        assertEquals(InputEncoding.DENSE, InputEncoding.DENSE.resolve(bits(2, 0)));
        assertEquals(InputEncoding.SPARSE_BINARY, InputEncoding.SPARSE_BINARY.resolve(bits(40, 0)));
    }

    @Test
    void sparseBinaryIsAllowedUpToAQuarterOnes() {
        assertTrue(InputEncoding.isSparseBinary(bits(50, 0)));
        assertFalse(InputEncoding.isSparseBinary(bits(51, 0)));
        assertFalse(InputEncoding.isSparseBinary(bits(1, 2.0)));
    }
}
