package org.rebalance.core.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.Fixtures;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Inputs;

class ResamplingTest {
    /** Stand-in for non-vector inputs (graphs, images): one id per example. */
    record Ids(int[] ids) implements Inputs {
        @Override
        public int size() {
            return ids.length;
        }

        @Override
        public Ids select(int[] rows) {
            int[] out = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                out[i] = ids[rows[i]];
            }
            return new Ids(out);
        }
    }

    private static Dataset<Ids> idsOf(Dataset<DenseMatrix> d) {
        int[] ids = new int[d.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = 100 + i;
        }
        return new Dataset<>(new Ids(ids), d.target(), d.origin());
    }

    private final Dataset<DenseMatrix> twenty = Fixtures.twentyPoints();
    private final Resampling withSynthetic = new Resampling(new int[] {0, 2, 2}, new double[][] {{9, 9}},
            new int[] {1});

    @Test
    void identityKeepsEveryRowOnce() {
        Resampling r = Resampling.identity(4);
        assertArrayEquals(new int[] {0, 1, 2, 3}, r.rows());
        assertEquals(4, r.size());
        assertEquals(0, r.synthetic().length);
        Dataset<DenseMatrix> out = Resampling.identity(20).applyTo(twenty);
        assertEquals(twenty.classTarget(), out.classTarget());
        assertArrayEquals(twenty.inputs().toArray(), out.inputs().toArray());
    }

    @Test
    void targetAndFeaturesListSelectedRowsThenSyntheticRows() {
        assertEquals(4, withSynthetic.size());
        ClassTarget y = withSynthetic.target(twenty.classTarget());
        assertArrayEquals(new int[] {0, 1, 1, 1}, y.labels());
        DenseMatrix x = withSynthetic.features(twenty.inputs());
        assertArrayEquals(new double[] {0, 0}, x.row(0));
        assertArrayEquals(new double[] {5, 5}, x.row(1));
        assertArrayEquals(new double[] {5, 5}, x.row(2));
        assertArrayEquals(new double[] {9, 9}, x.row(3));
        Dataset<DenseMatrix> d = withSynthetic.applyTo(twenty);
        assertEquals(4, d.size());
        assertEquals(y, d.classTarget());
    }

    @Test
    void selectionPlansApplyToAnyInputs() {
        Dataset<Ids> out = Resampling.of(new int[] {1, 3, 3}).applyTo(idsOf(twenty));
        assertArrayEquals(new int[] {101, 103, 103}, out.inputs().ids());
        assertArrayEquals(new int[] {0, 0, 0}, out.classTarget().labels());
    }

    @Test
    void syntheticRowsAreRejectedForNonVectorInputs() {
        ConfigException e = assertThrows(ConfigException.class, () -> withSynthetic.applyTo(idsOf(twenty), "smote"));
        assertTrue(e.getMessage().startsWith("sampler smote synthesises feature vectors"), e.getMessage());
        assertThrows(ConfigException.class, () -> withSynthetic.applyTo(idsOf(twenty)));
    }

    @Test
    void isImmutable() {
        int[] rows = {0, 1};
        double[][] syn = {{1, 2}};
        int[] labels = {1};
        Resampling r = new Resampling(rows, syn, labels);
        rows[0] = 7;
        syn[0][0] = 7;
        labels[0] = 0;
        r.rows()[1] = 7;
        r.synthetic()[0][1] = 7;
        assertEquals(new Resampling(new int[] {0, 1}, new double[][] {{1, 2}}, new int[] {1}), r);
    }

    @Test
    void rejectsInconsistentPlans() {
        assertThrows(IllegalArgumentException.class, () -> new Resampling(new int[] {0}, new double[][] {{1}},
                new int[0]));
        assertThrows(IllegalArgumentException.class, () -> new Resampling(new int[] {-1}, new double[0][],
                new int[0]));
        assertThrows(IllegalArgumentException.class, () -> new Resampling(new int[0], new double[][] {{1}, {1, 2}},
                new int[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> Resampling.of(new int[] {20}).applyTo(twenty));
    }

    @Test
    void aPlanKeepingEveryRowEqualsTheSamePlanGivenRowMajor() {
        DenseMatrix x = twenty.inputs();
        Resampling adopted = Resampling.allRowsThen(20, new double[] {9, 9, 7, 8}, 2, new int[] {1, 0});
        int[] all = Resampling.identity(20).rows();
        Resampling plain = Resampling.ofRowMajor(all, new double[] {9, 9, 7, 8}, 2, new int[] {1, 0});
        assertEquals(plain, adopted);
        assertEquals(plain.hashCode(), adopted.hashCode());
        assertArrayEquals(new double[] {7, 8}, adopted.syntheticRow(1));
        assertArrayEquals(new double[][] {{9, 9}, {7, 8}}, adopted.synthetic());
        DenseMatrix features = adopted.features(x);
        double[] expected = java.util.Arrays.copyOf(x.toArray(), 44);
        System.arraycopy(new double[] {9, 9, 7, 8}, 0, expected, 40, 4);
        assertArrayEquals(expected, features.toArray());
        assertArrayEquals(new double[] {7, 8}, features.row(21));
        assertEquals(22, features.rows());
        assertArrayEquals(plain.target(twenty.classTarget()).labels(), adopted.target(twenty.classTarget()).labels());
        // a plan that selects instead builds its table from the selected rows
        Resampling reordered = Resampling.ofRowMajor(new int[] {3, 0}, new double[] {9, 9}, 2, new int[] {1});
        assertArrayEquals(new double[] {x.get(3, 0), x.get(3, 1), x.get(0, 0), x.get(0, 1), 9, 9},
                reordered.features(x).toArray());
    }

    @Test
    void aPlanKeepingEveryRowNeedsALabelPerSyntheticRow() {
        assertThrows(IllegalArgumentException.class, () -> Resampling.allRowsThen(20, new double[4], 2,
                new int[] {0}));
    }
}
