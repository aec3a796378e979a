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
}
