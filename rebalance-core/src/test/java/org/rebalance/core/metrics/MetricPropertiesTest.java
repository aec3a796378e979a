package org.rebalance.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Part;

/** Properties every metric must have, checked on random inputs. */
class MetricPropertiesTest {
    private static final double EPS = 1e-12;

    /** Binary labels with scores on a 0.05 grid (so ties are common). */
    record Labelled(int[] truth, double[] scores) {
    }

    @Provide
    Arbitrary<Labelled> labelled() {
        return Arbitraries.integers().between(2, 40).flatMap(n -> Combinators.combine(
                Arbitraries.integers().between(0, 1).array(int[].class).ofSize(n),
                Arbitraries.integers().between(0, 20).map(i -> i / 20.0).array(double[].class).ofSize(n))
                .as(Labelled::new));
    }

    @Provide
    Arbitrary<long[][]> matrices() {
        return Arbitraries.integers().between(2, 4).flatMap(k ->
                Arbitraries.longs().between(0, 20).array(long[].class).ofSize(k).array(long[][].class).ofSize(k));
    }

    private static void assertUnit(double v, String what) {
        assertTrue(v >= 0 && v <= 1, what + " = " + v);
    }

    @Property(tries = 300)
    void thresholdMetricsStayInRange(@ForAll("matrices") long[][] counts) {
        ConfusionMatrix m = ConfusionMatrix.of(counts);
        Assume.that(m.total() > 0);
        for (int c = 0; c < m.classes(); c++) {
            assertUnit(MulticlassMetrics.precision(m, c), "precision");
            assertUnit(MulticlassMetrics.recall(m, c), "recall");
            assertUnit(MulticlassMetrics.f1(m, c), "f1");
            assertUnit(MulticlassMetrics.specificity(m, c), "specificity");
        }
        assertUnit(MulticlassMetrics.macroPrecision(m), "macro precision");
        assertUnit(MulticlassMetrics.macroRecall(m), "macro recall");
        assertUnit(MulticlassMetrics.macroF1(m), "macro f1");
        assertUnit(MulticlassMetrics.macroSpecificity(m), "macro specificity");
        assertUnit(MulticlassMetrics.accuracy(m), "accuracy");
        assertUnit(MulticlassMetrics.balancedAccuracy(m), "balanced accuracy");
        assertUnit(MulticlassMetrics.gMean(m), "g-mean");
        double mcc = MulticlassMetrics.mcc(m);
        assertTrue(mcc >= -1 - EPS && mcc <= 1 + EPS, "mcc = " + mcc);
    }

    @Property(tries = 300)
    void binaryEvaluationValuesStayInRange(@ForAll("labelled") Labelled d, @ForAll @IntRange(max = 20) int cut) {
        ClassTarget truth = new ClassTarget(d.truth(), ClassNames.of("0", "1"));
        Evaluation e = Evaluation.binary(Part.TEST, truth, new BinaryScores(d.scores()), new Threshold(cut / 20.0));
        for (Map.Entry<Metric, Double> v : e.values().entrySet()) {
            if (v.getKey() == Metric.MCC) {
                assertTrue(v.getValue() >= -1 - EPS && v.getValue() <= 1 + EPS, "mcc = " + v.getValue());
            } else if (!(v.getKey().needsScores() && Double.isNaN(v.getValue()))) {
                assertUnit(v.getValue(), v.getKey().key());
            }
        }
        assertEquals(BinaryMetrics.mcc(e.confusion()), MulticlassMetrics.mcc(e.confusion()), EPS);
    }

    @Property(tries = 300)
    void negatingScoresMirrorsRocAuc(@ForAll("labelled") Labelled d) {
        double auc = Ranking.rocAuc(d.truth(), d.scores());
        Assume.that(!Double.isNaN(auc));
        double[] negated = new double[d.scores().length];
        for (int i = 0; i < negated.length; i++) {
            negated[i] = -d.scores()[i];
        }
        assertEquals(auc, 1 - Ranking.rocAuc(d.truth(), negated), EPS);
    }

    @Property(tries = 300)
    void rankingMetricsIgnoreStrictlyIncreasingTransforms(@ForAll("labelled") Labelled d) {
        double[] transformed = new double[d.scores().length];
        for (int i = 0; i < transformed.length; i++) {
            transformed[i] = Math.exp(3 * d.scores()[i]) - 7;
        }
        double auc = Ranking.rocAuc(d.truth(), d.scores());
        double ap = Ranking.averagePrecision(d.truth(), d.scores());
        Assume.that(!Double.isNaN(auc));
        assertEquals(auc, Ranking.rocAuc(d.truth(), transformed), EPS);
        assertEquals(ap, Ranking.averagePrecision(d.truth(), transformed), EPS);
        assertUnit(auc, "roc auc");
        assertUnit(ap, "average precision");
    }

    @Property(tries = 300)
    void balancedAccuracyIgnoresDuplicatingEveryExample(
            @ForAll("classPairs") List<int[]> pairs) {
        int n = pairs.size();
        int[] truth = new int[n];
        int[] predicted = new int[n];
        int[] truth2 = new int[2 * n];
        int[] predicted2 = new int[2 * n];
        for (int i = 0; i < n; i++) {
            truth[i] = pairs.get(i)[0];
            predicted[i] = pairs.get(i)[1];
            truth2[2 * i] = truth2[2 * i + 1] = truth[i];
            predicted2[2 * i] = predicted2[2 * i + 1] = predicted[i];
        }
        double once = MulticlassMetrics.balancedAccuracy(ConfusionMatrix.of(truth, predicted, 3));
        double twice = MulticlassMetrics.balancedAccuracy(ConfusionMatrix.of(truth2, predicted2, 3));
        assertEquals(once, twice, EPS);
    }

    @Property(tries = 300)
    void rocAucIsTheTieCorrectedPairCount(@ForAll("labelled") Labelled d) {
        // independent O(n^2) definition: P(score of a positive > score of a negative) + P(tie) / 2
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < d.truth().length; i++) {
            for (int j = 0; j < d.truth().length; j++) {
                if (d.truth()[i] == 1 && d.truth()[j] == 0) {
                    pairs++;
                    double si = d.scores()[i];
                    double sj = d.scores()[j];
                    wins += si > sj ? 1 : si == sj ? 0.5 : 0;
                }
            }
        }
        double auc = Ranking.rocAuc(d.truth(), d.scores());
        if (pairs == 0) {
            assertTrue(Double.isNaN(auc));
        } else {
            assertEquals(wins / pairs, auc, EPS);
        }
    }

    @Property(tries = 300)
    void averagePrecisionIsTheStepSumOverDistinctScores(@ForAll("labelled") Labelled d) {
        // independent O(n^2) definition: for each distinct score t from the top, count directly
        double[] distinct = java.util.Arrays.stream(d.scores()).distinct().sorted().toArray();
        long positives = java.util.Arrays.stream(d.truth()).filter(y -> y == 1).count();
        Assume.that(positives > 0 && positives < d.truth().length);
        double ap = 0;
        double previousRecall = 0;
        for (int k = distinct.length - 1; k >= 0; k--) {
            long tp = 0;
            long predicted = 0;
            for (int i = 0; i < d.truth().length; i++) {
                if (d.scores()[i] >= distinct[k]) {
                    predicted++;
                    tp += d.truth()[i];
                }
            }
            double recall = (double) tp / positives;
            ap += (recall - previousRecall) * tp / predicted;
            previousRecall = recall;
        }
        assertEquals(ap, Ranking.averagePrecision(d.truth(), d.scores()), EPS);
    }

    @Provide
    Arbitrary<List<int[]>> classPairs() {
        return Arbitraries.integers().between(0, 2).array(int[].class).ofSize(2).list().ofMinSize(1).ofMaxSize(40);
    }
}
