package org.rebalance.core.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.Fixtures;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;

/**
 * The checks every {@link Sampler} must pass (imbalanced-learn's estimator checks, as JUnit). A sampler's
 * test extends this class and implements {@link #create}; exported in the core test-jar.
 *
 * <p>Checked on {@link #data()}: final counts equal the {@link TargetCounts} of the strategy (for OVER and
 * UNDER samplers; CLEAN samplers may only lower the classes the strategy selects); a strategy the kind
 * rejects makes {@code plan} throw {@link ConfigException}; the same seed gives the same plan; inputs are
 * not modified; row indices are in range and synthetic rows have the right width and labels; selection
 * samplers synthesise nothing; kept rows come first in ascending order; a single-class target and an
 * unknown class name are rejected with a {@link ConfigException}.
 */
public abstract class SamplerContract {

    /** The sampler under test, with the given strategy. */
    protected abstract Sampler create(SamplingStrategy strategy);

    /** The strategy the sampler uses by default; checked first. */
    protected SamplingStrategy defaultStrategy() {
        return SamplingStrategy.Named.AUTO;
    }

    /** Strategies checked for exact counts: the default and every named one (override to add more). */
    protected List<SamplingStrategy> strategies() {
        List<SamplingStrategy> out = new ArrayList<>();
        out.add(defaultStrategy());
        out.addAll(Arrays.asList(SamplingStrategy.Named.values()));
        return out;
    }

    /** The training parts the checks run on. */
    protected List<Dataset<DenseMatrix>> data() {
        return List.of(Fixtures.twentyPoints(), Fixtures.threeClass());
    }

    /**
     * Whether plans list each kept original row once, ascending, before any repeat or synthetic row
     * (true for single samplers; a pipeline may override).
     */
    protected boolean keepsStableRowOrder() {
        return true;
    }

    private static SplittableRandom rng(long seed) {
        return new SplittableRandom(seed);
    }

    @Test
    protected void finalCountsMatchTheResolvedTargets() {
        for (Dataset<DenseMatrix> d : data()) {
            ClassTarget y = d.classTarget();
            int[] before = y.counts();
            for (SamplingStrategy s : strategies()) {
                Sampler sampler = create(s);
                TargetCounts expected;
                boolean[] selected;
                try {
                    expected = s.resolve(before, y.classes(), sampler.kind());
                    selected = s.selects(before, y.classes(), sampler.kind());
                } catch (ConfigException e) {
                    assertThrows(ConfigException.class, () -> sampler.plan(d.inputs(), y, rng(1)),
                            () -> sampler.name() + " with " + s.text() + " should be rejected: " + e.getMessage());
                    continue;
                }
                int[] after = sampler.plan(d.inputs(), y, rng(1)).target(y).counts();
                String what = sampler.name() + " with " + s.text() + " on " + d.origin().file();
                if (sampler.kind() == SamplerKind.CLEAN) {
                    for (int c = 0; c < before.length; c++) {
                        if (selected[c]) {
                            assertTrue(after[c] <= before[c], what + ": class " + c + " grew");
                        } else {
                            assertEquals(before[c], after[c], what + ": unselected class " + c + " changed");
                        }
                    }
                } else {
                    assertArrayEquals(expected.perClass(), after, what);
                }
            }
        }
    }

    @Test
    protected void sameSeedGivesTheSamePlan() {
        for (Dataset<DenseMatrix> d : data()) {
            Sampler sampler = create(defaultStrategy());
            Resampling a = sampler.plan(d.inputs(), d.classTarget(), rng(42));
            Resampling b = sampler.plan(d.inputs(), d.classTarget(), rng(42));
            assertArrayEquals(a.rows(), b.rows());
            assertTrue(Arrays.deepEquals(a.synthetic(), b.synthetic()));
            assertArrayEquals(a.syntheticLabels(), b.syntheticLabels());
            assertEquals(a, b);
        }
    }

    @Test
    protected void inputsAreNotModified() {
        for (Dataset<DenseMatrix> d : data()) {
            double[] features = d.inputs().toArray();
            int[] labels = d.classTarget().labels().clone();
            create(defaultStrategy()).plan(d.inputs(), d.classTarget(), rng(3));
            assertArrayEquals(features, d.inputs().toArray());
            assertArrayEquals(labels, d.classTarget().labels());
        }
    }

    @Test
    protected void indicesAreInRangeAndSyntheticRowsFit() {
        for (Dataset<DenseMatrix> d : data()) {
            for (long seed = 0; seed < 5; seed++) {
                Resampling r = create(defaultStrategy()).plan(d.inputs(), d.classTarget(), rng(seed));
                for (int row : r.rows()) {
                    assertTrue(row >= 0 && row < d.size(), "row " + row + " outside [0, " + d.size() + ")");
                }
                for (double[] s : r.synthetic()) {
                    assertEquals(d.inputs().cols(), s.length);
                    for (double v : s) {
                        assertTrue(Double.isFinite(v), "synthetic value " + v);
                    }
                }
                for (int label : r.syntheticLabels()) {
                    assertTrue(label >= 0 && label < d.classTarget().classCount(), "synthetic label " + label);
                }
                Dataset<DenseMatrix> out = r.applyTo(d);
                assertEquals(r.size(), out.size());
            }
        }
    }

    @Test
    protected void selectionSamplersSynthesiseNothing() {
        Sampler sampler = create(defaultStrategy());
        if (sampler.synthesises()) {
            return;
        }
        for (Dataset<DenseMatrix> d : data()) {
            Resampling r = sampler.plan(d.inputs(), d.classTarget(), rng(5));
            assertEquals(0, r.synthetic().length);
            assertEquals(0, r.syntheticLabels().length);
        }
    }

    @Test
    protected void keptRowsComeFirstInAscendingOrder() {
        if (!keepsStableRowOrder()) {
            return;
        }
        for (Dataset<DenseMatrix> d : data()) {
            int[] rows = create(defaultStrategy()).plan(d.inputs(), d.classTarget(), rng(6)).rows();
            Set<Integer> distinct = new HashSet<>();
            for (int r : rows) {
                distinct.add(r);
            }
            for (int i = 1; i < distinct.size(); i++) {
                assertTrue(rows[i - 1] < rows[i], "rows not ascending at position " + i);
            }
        }
    }

    @Test
    protected void aSingleClassIsRejected() {
        DenseMatrix x = Fixtures.twentyPoints().inputs();
        int[] zeros = new int[x.rows()];
        Sampler sampler = create(defaultStrategy());
        assertThrows(ConfigException.class,
                () -> sampler.plan(x, new ClassTarget(zeros, ClassNames.of("only")), rng(1)));
        assertThrows(ConfigException.class,
                () -> sampler.plan(x, new ClassTarget(zeros, ClassNames.of("neg", "pos")), rng(1)));
    }

    @Test
    protected void anUnknownClassNameIsRejectedByName() {
        Dataset<DenseMatrix> d = Fixtures.twentyPoints();
        Sampler sampler = create(new SamplingStrategy.Counts(Map.of("no-such-class", 3)));
        ConfigException e = assertThrows(ConfigException.class,
                () -> sampler.plan(d.inputs(), d.classTarget(), rng(1)));
        assertTrue(e.getMessage().contains("no-such-class"), e.getMessage());
        assertTrue(e.getMessage().contains("pos"), "should list the valid classes: " + e.getMessage());
    }

    @Test
    protected void misalignedInputsAreRejected() {
        Dataset<DenseMatrix> d = Fixtures.twentyPoints();
        ClassTarget shorter = d.classTarget().select(new int[] {0, 1, 2, 3, 4, 5});
        assertThrows(IllegalArgumentException.class,
                () -> create(defaultStrategy()).plan(d.inputs(), shorter, rng(1)));
    }

    @Test
    protected void nameIsLowerCaseKebab() {
        String name = create(defaultStrategy()).name();
        assertTrue(name.matches("[a-z0-9]+(-[a-z0-9]+)*"), name);
    }
}
