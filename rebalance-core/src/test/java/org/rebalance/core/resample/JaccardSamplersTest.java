package org.rebalance.core.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Schema;
import org.rebalance.core.neighbours.Distance;
import org.rebalance.core.resample.under.TomekLinks;

/** Neighbour-based samplers on fingerprints with the Jaccard distance. */
class JaccardSamplersTest {
    // q = 100000 (class 0), x = 111110 (class 1), y = 010000 (class 0)
    private static final DenseMatrix BITS = DenseMatrix.of(new double[][] {
        {1, 0, 0, 0, 0, 0}, {1, 1, 1, 1, 1, 0}, {0, 1, 0, 0, 0, 0}}, Schema.numbered(6));
    private static final ClassTarget LABELS = new ClassTarget(new int[] {0, 1, 0}, ClassNames.of("0", "1"));

    @Test
    void tomekLinksFollowTheDistance() {
        // Jaccard: q's nearest is x (0.8 against 1.0), x's nearest is q (0.8, tied with y, smaller index wins):
        // a link across the classes. Squared Euclidean: q's nearest is y (2 against 4): no link.
        Resampling jaccard = new TomekLinks(SamplingStrategy.Named.ALL, Distance.JACCARD)
                .plan(BITS, LABELS, new SplittableRandom(1));
        assertArrayEquals(new int[] {2}, jaccard.rows());
        Resampling euclid = new TomekLinks(SamplingStrategy.Named.ALL).plan(BITS, LABELS, new SplittableRandom(1));
        assertArrayEquals(new int[] {0, 1, 2}, euclid.rows());
        // the catalogue passes the distance on, through pipelines too
        Sampler fromCatalogue = SamplerCatalog.create("random-over+tomek-links", SamplingStrategy.Named.AUTO,
                new SamplerCatalog.Parameters(1).withDistance(Distance.JACCARD));
        assertEquals(new TomekLinks(SamplingStrategy.Named.ALL, Distance.JACCARD),
                ((SamplerPipeline) fromCatalogue).steps().get(1));
    }

    @Test
    void ennWithJaccardRemovesPointsWhoseNeighbourDisagrees() {
        // k = 1 neighbour: q's is x (0.8, other class), x's is q (0.8, tied with y, smaller index), y's is x
        // (y and x share 1 of 5 bits: 0.8, nearer than q at 1.0): every point disagrees with its neighbour
        Resampling plan = new org.rebalance.core.resample.under.EditedNearestNeighbours(SamplingStrategy.Named.ALL, 1,
                org.rebalance.core.resample.under.EditedNearestNeighbours.Rule.ALL, Distance.JACCARD)
                .plan(BITS, LABELS, new SplittableRandom(1));
        assertArrayEquals(new int[0], plan.rows());
        // with squared Euclidean distances q and y are each other's nearest (2, same class) and stay; x's nearest
        // (q or y, both 4) is of the other class, so x goes
        Resampling euclid = new org.rebalance.core.resample.under.EditedNearestNeighbours(SamplingStrategy.Named.ALL, 1,
                org.rebalance.core.resample.under.EditedNearestNeighbours.Rule.ALL).plan(BITS, LABELS, new SplittableRandom(1));
        assertArrayEquals(new int[] {0, 2}, euclid.rows());
    }

    @Test
    void theCataloguePassesTheDistanceToEveryNeighbourSampler() {
        SamplerCatalog.Parameters jaccard = new SamplerCatalog.Parameters(5).withDistance(Distance.JACCARD);
        SamplingStrategy auto = SamplingStrategy.Named.AUTO;
        assertEquals(new org.rebalance.core.resample.over.Adasyn(auto, 5, Distance.JACCARD),
                SamplerCatalog.create("adasyn", auto, jaccard));
        assertEquals(new org.rebalance.core.resample.over.BorderlineSmote(auto, 5, 10,
                org.rebalance.core.resample.over.BorderlineSmote.Variant.TWO, Distance.JACCARD),
                SamplerCatalog.create("borderline-smote-2", auto, jaccard));
        assertEquals(new org.rebalance.core.resample.under.NeighbourhoodCleaningRule(auto, 3, Distance.JACCARD),
                SamplerCatalog.create("ncr", auto, jaccard));
        assertEquals(new org.rebalance.core.resample.under.OneSidedSelection(auto, Distance.JACCARD),
                SamplerCatalog.create("one-sided-selection", auto, jaccard));
        assertEquals(new org.rebalance.core.resample.under.RepeatedEditedNearestNeighbours(auto, 3,
                org.rebalance.core.resample.under.EditedNearestNeighbours.Rule.ALL, 100, Distance.JACCARD),
                SamplerCatalog.create("renn", auto, jaccard));
    }

    @Test
    void samplersWithoutJaccardRefuseItInsteadOfIgnoringIt() {
        SamplerCatalog.Parameters jaccard = new SamplerCatalog.Parameters(5).withDistance(Distance.JACCARD);
        for (String name : new String[] {"condensed-nn", "cluster-centroids", "smote-nc", "rose", "random-under", "enn+condensed-nn"}) {
            org.rebalance.core.ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(
                    org.rebalance.core.ConfigException.class,
                    () -> SamplerCatalog.create(name, SamplingStrategy.Named.AUTO, jaccard), name);
            org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("does not take --distance jaccard")
                    && e.getMessage().contains("smote, borderline-smote-1"), e.getMessage());
        }
    }

    @Test
    void oneSidedSelectionFollowsTheDistance() {
        // q = 100000, y = 010000, z = 100001 (class 0), x = 111110 (class 1). Jaccard: q-x 0.8, q-y 1, q-z 0.5,
        // x-y 0.8, x-z 5/6, y-z 1. The store holds x and one random class-0 point s; the other class-0 points
        // stay when x is their nearest stored point; then Tomek links drop class-0 ends.
        //   s = q: y stays (x 0.8 < 1), z goes (q 0.5); {q, x, y} has the link q-x: keep {x, y}
        //   s = y: q stays (0.8 < 1), z stays (5/6 < 1); no mutual cross-class pair: keep all
        //   s = z: q goes (z 0.5), y stays (0.8 < 1); {x, y, z} has the link x-y: keep {x, z}
        // Squared Euclidean (differing bits) sends every class-0 point but the seed to a class-0 neighbour, and the
        // seed then forms a Tomek link with x: only x is left, whatever the seed.
        DenseMatrix bits = DenseMatrix.of(new double[][] {
            {1, 0, 0, 0, 0, 0}, {1, 1, 1, 1, 1, 0}, {0, 1, 0, 0, 0, 0}, {1, 0, 0, 0, 0, 1}}, Schema.numbered(6));
        ClassTarget labels = new ClassTarget(new int[] {0, 1, 0, 0}, ClassNames.of("0", "1"));
        int[] classZero = {0, 2, 3};
        java.util.Map<Integer, int[]> expected = java.util.Map.of(0, new int[] {1, 2}, 2, new int[] {0, 1, 2, 3},
                3, new int[] {1, 3});
        java.util.Set<Integer> seedsSeen = new java.util.HashSet<>();
        for (int seed = 1; seed <= 12; seed++) {
            int drawn = classZero[new SplittableRandom(seed).nextInt(3)];
            seedsSeen.add(drawn);
            Resampling jaccard = new org.rebalance.core.resample.under.OneSidedSelection(SamplingStrategy.Named.AUTO,
                    Distance.JACCARD).plan(bits, labels, new SplittableRandom(seed));
            assertArrayEquals(expected.get(drawn), jaccard.rows(), "store seeded with row " + drawn);
            Resampling euclid = new org.rebalance.core.resample.under.OneSidedSelection(SamplingStrategy.Named.AUTO)
                    .plan(bits, labels, new SplittableRandom(seed));
            assertArrayEquals(new int[] {1}, euclid.rows());
        }
        assertEquals(3, seedsSeen.size(), "the seeds cover every store seed");
    }
}
