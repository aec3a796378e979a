package org.rebalance.core.resample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.Fixtures;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;

class NoSamplerTest {
    @Test
    void keepsEveryRowAndDrawsNothing() {
        Dataset<DenseMatrix> d = Fixtures.threeClass();
        SplittableRandom rng = new SplittableRandom(1);
        NoSampler s = new NoSampler();
        assertEquals(Resampling.identity(75), s.plan(d.inputs(), d.classTarget(), rng));
        assertEquals(new SplittableRandom(1).nextLong(), rng.nextLong());
        assertEquals("none", s.name());
        assertEquals(SamplerKind.CLEAN, s.kind());
        assertFalse(s.synthesises());
    }

    @Test
    void acceptsASingleClass() {
        DenseMatrix x = Fixtures.twentyPoints().inputs();
        ClassTarget one = new ClassTarget(new int[20], ClassNames.of("only"));
        assertEquals(20, new NoSampler().plan(x, one, new SplittableRandom(1)).size());
    }
}
