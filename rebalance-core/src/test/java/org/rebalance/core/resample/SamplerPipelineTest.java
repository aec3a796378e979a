package org.rebalance.core.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.Fixtures;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.resample.over.Smote;
import org.rebalance.core.resample.under.RandomUnderSampler;
import org.rebalance.core.resample.under.TomekLinks;

class SamplerPipelineTest {
    @Test
    void smoteThenUnderSamplingComposesIntoOnePlan() {
        Dataset<DenseMatrix> d = Fixtures.binary(95, 10);
        // SMOTE to 0.5 (-> 95 / 47), then under-sample the majority to 47 / 0.8 = 58 (truncated)
        SamplerPipeline p = new SamplerPipeline(List.of(new Smote(new SamplingStrategy.Ratio(0.5), 5),
                new RandomUnderSampler(new SamplingStrategy.Ratio(0.8))));
        Resampling plan = p.plan(d.inputs(), d.classTarget(), new SplittableRandom(3));
        assertArrayEquals(new int[] {58, 47}, plan.target(d.classTarget()).counts());
        assertEquals(37, plan.syntheticCount());
        for (int row : plan.rows()) {
            assertTrue(row >= 0 && row < 105);
        }
        assertEquals("smote+random-under", p.name());
        assertTrue(p.synthesises());
        // same seed, same plan
        assertEquals(plan, p.plan(d.inputs(), d.classTarget(), new SplittableRandom(3)));
    }

    @Test
    void catalogueCombinationsRun() {
        Dataset<DenseMatrix> d = Fixtures.threeClass();
        for (String name : List.of("smote-enn", "smote-tomek")) {
            Sampler s = SamplerCatalog.create(name, SamplingStrategy.Named.AUTO, new SamplerCatalog.Parameters(3));
            Resampling plan = s.plan(d.inputs(), d.classTarget(), new SplittableRandom(1));
            int[] counts = plan.target(d.classTarget()).counts();
            // SMOTE brings every class to 50; the cleaner may then only remove
            for (int c : counts) {
                assertTrue(c <= 50 && c > 30, name + " " + java.util.Arrays.toString(counts));
            }
        }
        assertEquals(new TomekLinks(SamplingStrategy.Named.ALL),
                ((SamplerPipeline) SamplerCatalog.create("smote-tomek", SamplingStrategy.Named.AUTO,
                        new SamplerCatalog.Parameters(3))).steps().get(1));
    }
}
