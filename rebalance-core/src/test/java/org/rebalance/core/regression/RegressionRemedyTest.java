package org.rebalance.core.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.RegressionTarget;

class RegressionRemedyTest {
    private static Dataset<DenseMatrix> normalSignals() {
        return new SignalGenerator(8, 0.1).generate(300, TargetLaw.parse("normal(5.5,1)"), new SplittableRandom(4));
    }

    @Test
    void everyNameParsesToItsRemedy() {
        for (String name : RegressionRemedy.NAMES) {
            assertEquals(name, RegressionRemedy.parse(" " + name.toUpperCase(java.util.Locale.ROOT) + " ").name());
        }
        assertEquals(10, RegressionRemedy.parse("balanced-batches").balancedBins());
        assertEquals(0, RegressionRemedy.parse("lds").balancedBins());
    }

    @Test
    void unknownNamesListTheKnownOnes() {
        ConfigException e = assertThrows(ConfigException.class, () -> RegressionRemedy.parse("smote"));
        assertEquals("unknown regression remedy \"smote\"; choose one of none, lds, lds-inverse, dense-weight, smoter, "
                + "smogn, balanced-batches", e.getMessage());
    }

    @Test
    void noneLeavesTheTrainingPartAlone() {
        Dataset<DenseMatrix> train = normalSignals();
        RegressionRemedy none = RegressionRemedy.parse("none");
        assertSame(train, none.resample(train, new SplittableRandom(1)));
        assertNull(none.weights(((RegressionTarget) train.target()).values()));
    }

    @Test
    void weightingRemediesGiveMeanOneWeightsThatFavourTheTails() {
        double[] y = ((RegressionTarget) normalSignals().target()).values();
        for (String name : new String[] {"lds", "lds-inverse", "dense-weight"}) {
            double[] w = RegressionRemedy.parse(name).weights(y);
            assertEquals(y.length, w.length);
            assertEquals(1.0, java.util.Arrays.stream(w).average().orElseThrow(), 1e-9, name);
            int centre = 0;
            int tail = 0;
            for (int i = 1; i < y.length; i++) {
                centre = Math.abs(y[i] - 5.5) < Math.abs(y[centre] - 5.5) ? i : centre;
                tail = Math.abs(y[i] - 5.5) > Math.abs(y[tail] - 5.5) ? i : tail;
            }
            assertTrue(w[tail] > w[centre], name + ": the rarest target must weigh more than the commonest");
        }
    }

    @Test
    void resamplingRemediesAddSyntheticRareExamplesWithinTheTrainingRange() {
        Dataset<DenseMatrix> train = normalSignals();
        double[] y = ((RegressionTarget) train.target()).values();
        int rare = 0;
        for (boolean r : Relevance.fromTargets(y).rare(y)) {
            rare += r ? 1 : 0;
        }
        double min = java.util.Arrays.stream(y).min().orElseThrow();
        double max = java.util.Arrays.stream(y).max().orElseThrow();
        for (String name : new String[] {"smoter", "smogn"}) {
            Dataset<DenseMatrix> out = RegressionRemedy.parse(name).resample(train, new SplittableRandom(9));
            // the rare set is doubled and the common set kept
            assertEquals(train.size() + rare, out.size(), name);
            double[] outY = ((RegressionTarget) out.target()).values();
            for (int i = train.size(); i < outY.length; i++) {
                // SMOGN's noise may step slightly past the extremes; interpolation never does
                double slack = name.equals("smogn") ? 0.5 : 1e-9;
                assertTrue(outY[i] >= min - slack && outY[i] <= max + slack, name + " target " + outY[i]);
            }
        }
    }
}
