package org.rebalance.core.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rebalance.core.ConfigException;
import org.rebalance.core.util.Seeds;

class TargetLawTest {
    private static final double EPS = 1e-12;

    /** A generator whose nextDouble() returns the given values in turn. */
    private static RandomGenerator fixed(double... us) {
        return new RandomGenerator() {
            private int next;

            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public double nextDouble() {
                return us[next++];
            }
        };
    }

    @Test
    void parsesTheThreeFormsIgnoringCaseAndBlanks() {
        assertEquals(new TargetLaw.Uniform(1, 10), TargetLaw.parse("uniform(1,10)"));
        assertEquals(new TargetLaw.Normal(5.5, 1), TargetLaw.parse(" Normal( 5.5 , 1 ) "));
        assertEquals(new TargetLaw.Exponential(0.5, 1), TargetLaw.parse("EXPONENTIAL(0.5,1)"));
        assertEquals(new TargetLaw.Normal(-0.25, 0.5), TargetLaw.parse("normal(-2.5e-1, .5)"));
    }

    @Test
    void textIsCanonicalAndParsesBack() {
        assertEquals("uniform(1,10)", new TargetLaw.Uniform(1, 10).text());
        assertEquals("normal(5.5,1)", new TargetLaw.Normal(5.5, 1.0).text());
        assertEquals("exponential(0.5,1)", new TargetLaw.Exponential(0.5, 1).text());
        assertEquals("normal(-0.25,0.5)", TargetLaw.parse("normal(-2.5e-1, .5)").text());
        for (TargetLaw law : new TargetLaw[] {new TargetLaw.Uniform(-3.125, 0.1), new TargetLaw.Normal(1e-3, 7),
                new TargetLaw.Exponential(2.75, -4)}) {
            assertEquals(law, TargetLaw.parse(law.text()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "gamma(1,2)", "uniform(1)", "uniform(1,2,3)", "uniform(a,b)", "uniform 1,10",
            "normal(5.5;1)"})
    void badTextListsTheAcceptedForms(String text) {
        ConfigException e = assertThrows(ConfigException.class, () -> TargetLaw.parse(text));
        assertTrue(e.getMessage().contains("\"" + text + "\""), e.getMessage());
        assertTrue(e.getMessage().contains("uniform(low,high), normal(mean,sd) or exponential(rate,offset)"),
                e.getMessage());
        assertThrows(ConfigException.class, () -> TargetLaw.parse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"uniform(10,1)", "uniform(1,1)", "uniform(1,1e400)", "normal(0,0)", "normal(0,-1)",
            "exponential(0,1)", "exponential(-1,0)"})
    void badParametersAreRejected(String text) {
        ConfigException e = assertThrows(ConfigException.class, () -> TargetLaw.parse(text));
        assertTrue(e.getMessage().contains("target law needs"), e.getMessage());
    }

    @Test
    void drawsAreInverseCdfsOfNextDouble() {
        assertEquals(3.25, new TargetLaw.Uniform(1, 10).draw(fixed(0.25)), EPS);            // 1 + 0.25 * 9
        // 1 - ln(1 - 0.25) / 0.5 = 1 + 2 * 0.2876820724517809
        assertEquals(1.5753641449035618, new TargetLaw.Exponential(0.5, 1).draw(fixed(0.25)), EPS);
        assertEquals(1.0, new TargetLaw.Exponential(0.5, 1).draw(fixed(0.0)), 0.0);       // u = 0 gives the offset
        assertEquals(5.5, new TargetLaw.Normal(5.5, 1).draw(fixed(0.5)), EPS);             // the median
        // 5.5 + 1 * z(0.975), z(0.975) = 1.9599639845400536
        assertEquals(7.459963984540054, new TargetLaw.Normal(5.5, 1).draw(fixed(0.975)), 1e-9);
        assertEquals(5.5, new TargetLaw.Normal(5.5, 1).draw(fixed(0.0, 0.5)), EPS);        // u = 0 is skipped
    }

    @Test
    void densities() {
        TargetLaw uniform = new TargetLaw.Uniform(1, 10);
        assertEquals(1.0 / 9, uniform.density(5), EPS);
        assertEquals(1.0 / 9, uniform.density(10), EPS);
        assertEquals(0.0, uniform.density(0.5), 0.0);
        TargetLaw normal = new TargetLaw.Normal(5.5, 1);
        assertEquals(0.3989422804014327, normal.density(5.5), EPS);   // 1 / sqrt(2 pi)
        assertEquals(0.24197072451914337, normal.density(6.5), EPS);  // exp(-1/2) / sqrt(2 pi)
        assertEquals(0.24197072451914337, normal.density(4.5), EPS);
        TargetLaw exponential = new TargetLaw.Exponential(0.5, 1);
        assertEquals(0.5, exponential.density(1), EPS);                 // rate at the offset
        assertEquals(0.18393972058572117, exponential.density(3), EPS); // 0.5 * exp(-0.5 * 2)
        assertEquals(0.0, exponential.density(0.9), 0.0);
    }

    @Test
    void seededDrawsRepeat() {
        for (TargetLaw law : new TargetLaw[] {TargetLaw.parse("uniform(1,10)"), TargetLaw.parse("normal(5.5,1)"),
                TargetLaw.parse("exponential(0.5,1)")}) {
            assertArrayEquals(draws(law, 100, 42), draws(law, 100, 42), law.text());
            assertTrue(draws(law, 100, 42)[0] != draws(law, 100, 43)[0], law.text());
        }
    }

    @Test
    void drawsHaveTheLawsMoments() {
        int n = 20_000;
        // uniform(1,10): mean 5.5, sd 9 / sqrt(12) = 2.598; the tolerance is about 5 standard errors
        double[] u = draws(new TargetLaw.Uniform(1, 10), n, 1);
        assertEquals(5.5, mean(u), 0.1);
        assertTrue(min(u) >= 1 && max(u) <= 10);
        double[] g = draws(new TargetLaw.Normal(5.5, 1), n, 2);
        assertEquals(5.5, mean(g), 0.04);
        assertEquals(1.0, Math.sqrt(variance(g)), 0.03);
        // exponential(0.5,1): mean 1 + 1/0.5 = 3, sd 2
        double[] e = draws(new TargetLaw.Exponential(0.5, 1), n, 3);
        assertEquals(3.0, mean(e), 0.07);
        assertEquals(2.0, Math.sqrt(variance(e)), 0.1);
        assertTrue(min(e) >= 1);
    }

    private static double[] draws(TargetLaw law, int n, long seed) {
        SplittableRandom rng = Seeds.of(seed).stream("law");
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = law.draw(rng);
        }
        return out;
    }

    static double mean(double[] xs) {
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        return s / xs.length;
    }

    static double variance(double[] xs) {
        double m = mean(xs);
        double s = 0;
        for (double x : xs) {
            s += (x - m) * (x - m);
        }
        return s / (xs.length - 1);
    }

    static double min(double[] xs) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : xs) {
            m = Math.min(m, x);
        }
        return m;
    }

    static double max(double[] xs) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : xs) {
            m = Math.max(m, x);
        }
        return m;
    }
}
