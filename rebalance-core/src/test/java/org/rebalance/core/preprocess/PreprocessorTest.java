package org.rebalance.core.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebalance.core.data.CategoricalColumn;
import org.rebalance.core.data.DataException;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.NumericColumn;
import org.rebalance.core.data.Table;

class PreprocessorTest {
    private static final Table TRAIN = new Table(List.of(
            new NumericColumn("x", new double[] {1, 2, 3, 4}),
            new NumericColumn("constant", new double[] {7, 7, 7, 7}),
            new CategoricalColumn("site", new String[] {"south", "north", "south", "east"})));

    @Test
    void standardisesWithTrainingMeanAndPopulationSd() {
        // x: mean 2.5, population variance ((1.5^2 + 0.5^2) * 2) / 4 = 1.25, sd = sqrt(1.25)
        Preprocessor p = Preprocessor.fit(TRAIN);
        DenseMatrix m = p.apply(TRAIN);
        assertEquals(-1.3416407864998738, m.get(0, 0), 1e-15);
        assertEquals(1.3416407864998738, m.get(3, 0), 1e-15);
        // a constant column keeps scale 1: (7 - 7) / 1
        assertEquals(0.0, m.get(0, 1), 0.0);
    }

    @Test
    void indicatorColumnsStayAsTheyAre() {
        // "bit" holds only 0 and 1 in training: kept (mean 0, scale 1), also for a later 1 or an odd 2;
        // "two" holds 0 and 2: standardised (mean 0.5, sd sqrt(0.75))
        Table train = new Table(List.of(
                new NumericColumn("bit", new double[] {0, 1, 0, 0}),
                new NumericColumn("two", new double[] {0, 2, 0, 0})));
        Preprocessor p = Preprocessor.fit(train);
        DenseMatrix m = p.apply(train);
        assertArrayEquals(new double[] {0, 1, 0, 0}, new double[] {m.get(0, 0), m.get(1, 0), m.get(2, 0), m.get(3, 0)}, 0.0);
        assertEquals(1.5 / Math.sqrt(0.75), m.get(1, 1), 1e-12);
        assertArrayEquals(new double[] {0.0, 0.5}, p.state().means(), 0.0);
        Table later = new Table(List.of(new NumericColumn("bit", new double[] {2}), new NumericColumn("two", new double[] {0})));
        assertEquals(2.0, p.apply(later).get(0, 0), 0.0);
    }

    @Test
    void oneHotUsesSortedTrainingCategoriesAndIgnoresUnseenOnes() {
        Preprocessor p = Preprocessor.fit(TRAIN);
        assertEquals(List.of("x", "constant", "site=east", "site=north", "site=south"), p.outputColumns());
        Table other = new Table(List.of(
                new NumericColumn("x", new double[] {2.5, 10}),
                new NumericColumn("constant", new double[] {7, 8}),
                new CategoricalColumn("site", new String[] {"north", "west"})));
        DenseMatrix m = p.apply(other);
        assertArrayEquals(new double[] {0, 0, 0, 1, 0}, m.row(0), 0.0);
        // unseen "west" -> all zeros; constant 8 -> (8 - 7) / 1 = 1; x 10 -> 7.5 / sqrt(1.25)
        assertArrayEquals(new double[] {7.5 / Math.sqrt(1.25), 1, 0, 0, 0}, m.row(1), 1e-12);
    }

    @Test
    void stateRoundTripGivesTheSameOutput() {
        Preprocessor p = Preprocessor.fit(TRAIN);
        Preprocessor q = Preprocessor.of(p.state());
        assertArrayEquals(p.apply(TRAIN).toArray(), q.apply(TRAIN).toArray(), 0.0);
        assertEquals(List.of("x", "constant", "site"), q.inputColumns());
    }

    @Test
    void missingColumnIsADataErrorNamingIt() {
        Preprocessor p = Preprocessor.fit(TRAIN);
        Table missing = new Table(List.of(new NumericColumn("x", new double[] {1})));
        DataException e = assertThrows(DataException.class, () -> p.apply(missing, "new.csv"));
        assertEquals("new.csv: column \"constant\" the model was trained with is missing", e.getMessage());
    }
}
