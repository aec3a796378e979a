package org.rebalance.core.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.RegressionTarget;
import org.rebalance.core.util.Seeds;

class SignalGeneratorTest {

    private static Dataset<DenseMatrix> signals(int length, int n, String law, long seed) {
        return SignalGenerator.of(length).generate(n, TargetLaw.parse(law), Seeds.of(seed).stream("signals"));
    }

    private static double[] targets(Dataset<DenseMatrix> d) {
        return ((RegressionTarget) d.target()).values();
    }

    @Test
    void sameSeedGivesTheSameData() {
        Dataset<DenseMatrix> a = signals(16, 50, "uniform(1,10)", 7);
        Dataset<DenseMatrix> b = signals(16, 50, "uniform(1,10)", 7);
        assertArrayEquals(a.inputs().toArray(), b.inputs().toArray());
        assertArrayEquals(targets(a), targets(b));
        assertEquals(a.origin(), b.origin());
        Dataset<DenseMatrix> c = signals(16, 50, "uniform(1,10)", 8);
        assertNotEquals(a.origin().sha256(), c.origin().sha256());
    }

    @Test
    void shapeColumnsAndOrigin() {
        Dataset<DenseMatrix> d = signals(5, 3, "normal(5.5,1)", 1);
        assertEquals(3, d.size());
        assertEquals(5, d.inputs().cols());
        assertEquals("t0", d.inputs().schema().column(0));
        assertEquals("t4", d.inputs().schema().column(4));
        assertEquals(3, d.origin().rows());
        assertEquals("synthetic:signal(length=5,law=normal(5.5,1),minimum-sigma=0.1)", d.origin().file());
        assertTrue(d.origin().sha256().matches("[0-9a-f]{64}"), d.origin().sha256());
        assertEquals(0, signals(5, 0, "normal(5.5,1)", 1).size());
    }

    @Test
    void eachRowsStandardDeviationIsItsTarget() {
        // the relative standard error of a sample sd over 2000 values is about 1 / sqrt(2 * 2000) = 1.6%
        Dataset<DenseMatrix> d = signals(2000, 20, "uniform(1,10)", 3);
        double[] sigma = targets(d);
        for (int i = 0; i < d.size(); i++) {
            double[] row = d.inputs().row(i);
            assertEquals(0.0, TargetLawTest.mean(row), 0.1 * sigma[i], "row " + i);
            double sd = Math.sqrt(TargetLawTest.variance(row));
            assertEquals(sigma[i], sd, 0.05 * sigma[i], "row " + i);
        }
    }

    @Test
    void uniformTargetsStayInRangeWithMeanInTheMiddle() {
        double[] sigma = targets(signals(2, 2000, "uniform(1,10)", 4));
        assertTrue(TargetLawTest.min(sigma) >= 1 && TargetLawTest.max(sigma) <= 10);
        assertEquals(5.5, TargetLawTest.mean(sigma), 0.2); // standard error 2.598 / sqrt(2000) = 0.058
    }

    @Test
    void smallSigmasAreRedrawnNotClamped() {
        // normal(0.5,1) falls at or below 0.1 with probability Phi(-0.4) = 0.345. Redrawing truncates the law
        // to (0.1, inf): mean 0.5 + phi(-0.4) / (1 - Phi(-0.4)) = 0.5 + 0.36827 / 0.65542 = 1.0619, sd 0.678.
        // Clamping to 0.1 would give a mean near 0.345 * 0.1 + 0.655 * 1.062 = 0.73.
        double[] sigma = targets(signals(2, 2000, "normal(0.5,1)", 5));
        assertTrue(TargetLawTest.min(sigma) > 0.1, "min " + TargetLawTest.min(sigma));
        assertTrue(TargetLawTest.min(sigma) < 0.15, "min " + TargetLawTest.min(sigma));
        assertEquals(1.0619, TargetLawTest.mean(sigma), 0.05); // standard error 0.678 / sqrt(2000) = 0.015
        SignalGenerator strict = new SignalGenerator(2, 1.0);
        double[] above = targets(strict.generate(500, TargetLaw.parse("normal(0.5,1)"), Seeds.of(5).stream("s")));
        assertTrue(TargetLawTest.min(above) > 1.0);
    }

    @Test
    void aLawWithNoSigmaAboveTheMinimumIsRejected() {
        SignalGenerator g = SignalGenerator.of(4);
        ConfigException e = assertThrows(ConfigException.class,
                () -> g.generate(3, TargetLaw.parse("uniform(-5,0.1)"), Seeds.of(1).stream("s")));
        assertTrue(e.getMessage().contains("uniform(-5,0.1)"), e.getMessage());
    }

    @Test
    void badParameters() {
        assertEquals(0.1, SignalGenerator.of(8).minimumSigma(), 0.0);
        assertThrows(ConfigException.class, () -> SignalGenerator.of(0));
        assertThrows(ConfigException.class, () -> new SignalGenerator(8, -1));
        assertThrows(ConfigException.class, () -> new SignalGenerator(8, Double.NaN));
        assertThrows(ConfigException.class,
                () -> SignalGenerator.of(8).generate(-1, TargetLaw.parse("uniform(1,10)"), Seeds.of(1).stream("s")));
    }
}
