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

    @Test
    void pipelinesWrittenWithPlusAreTheCatalogueCombinations() {
        Dataset<DenseMatrix> d = Fixtures.threeClass();
        SamplerCatalog.Parameters k3 = new SamplerCatalog.Parameters(3);
        // smote+enn is SMOTE to the target, then ENN over every class: the catalogue's smote-enn exactly
        Sampler written = SamplerCatalog.create("smote+enn", SamplingStrategy.Named.AUTO, k3);
        Sampler named = SamplerCatalog.create("smote-enn", SamplingStrategy.Named.AUTO, k3);
        assertEquals(named, written);
        assertEquals(named.plan(d.inputs(), d.classTarget(), new SplittableRandom(4)),
                written.plan(d.inputs(), d.classTarget(), new SplittableRandom(4)));
        // the ratio goes to the under-sampler, the cleaner cleans every class
        SamplerPipeline p = (SamplerPipeline) SamplerCatalog.create("random-under+tomek-links",
                SamplingStrategy.parse("0.5"), k3);
        assertEquals(new RandomUnderSampler(SamplingStrategy.parse("0.5")), p.steps().get(0));
        assertEquals(new TomekLinks(SamplingStrategy.Named.ALL), p.steps().get(1));
        assertEquals("random-under+tomek-links", p.name());
        assertTrue(SamplerCatalog.contains("smote+enn") && !SamplerCatalog.contains("smote+nothing"));
        assertEquals("sampler pipeline \"smote++enn\" has an empty step; write steps as a+b",
                org.junit.jupiter.api.Assertions.assertThrows(org.rebalance.core.ConfigException.class,
                        () -> SamplerCatalog.create("smote++enn", SamplingStrategy.Named.AUTO, k3)).getMessage());
    }
}
