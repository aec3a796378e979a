package org.rebalance.core.resample.under;

import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.resample.ClassRows;
import org.rebalance.core.resample.Resampling;
import org.rebalance.core.resample.Sampler;
import org.rebalance.core.resample.SamplerKind;
import org.rebalance.core.resample.SamplingStrategy;
import org.rebalance.core.resample.TargetCounts;

/**
 * Random under-sampling: each class is lowered to its target count by keeping a uniformly random subset
 * of its rows, drawn without replacement (a partial Fisher–Yates shuffle of the class's rows). Classes
 * already at their target keep every row. The plan lists the kept rows in ascending order and
 * synthesises nothing.
 *
 * <p>Default strategy: {@link SamplingStrategy.Named#AUTO} (every class but the minority is lowered to the
 * minority count). With a single class, or a strategy that would raise a count, {@link #plan} throws a
 * {@link org.rebalance.core.ConfigException}.
 *
 * @param strategy which classes to lower, and to what
 */
public record RandomUnderSampler(SamplingStrategy strategy) implements Sampler {
    public RandomUnderSampler {
        Objects.requireNonNull(strategy, "strategy");
    }

    /** Under-sampling with the default {@code auto} strategy. */
    public RandomUnderSampler() {
        this(SamplingStrategy.Named.AUTO);
    }

    @Override
    public SamplerKind kind() {
        return SamplerKind.UNDER;
    }

    @Override
    public boolean synthesises() {
        return false;
    }

    @Override
    public String name() {
        return "random-under";
    }

    @Override
    public Resampling plan(DenseMatrix features, ClassTarget target, RandomGenerator rng) {
        ClassRows.checkAligned(features, target);
        TargetCounts goal = strategy.resolve(target.counts(), target.classes(), kind());
        ClassRows byClass = ClassRows.of(target);
        boolean[] keep = new boolean[target.size()];
        int kept = 0;
        for (int c = 0; c < byClass.classCount(); c++) {
            int[] rows = byClass.of(c);
            int want = goal.of(c);
            // Partial Fisher–Yates: after step i, rows[0..i] is a uniform random (i+1)-subset in random order.
            // A class kept whole draws nothing from the stream.
            for (int i = 0; want < rows.length && i < want; i++) {
                int j = i + rng.nextInt(rows.length - i);
                int t = rows[i];
                rows[i] = rows[j];
                rows[j] = t;
            }
            for (int i = 0; i < want; i++) {
                keep[rows[i]] = true;
            }
            kept += want;
        }
        int[] out = new int[kept];
        int k = 0;
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                out[k++] = i;
            }
        }
        assert k == kept : Arrays.toString(out);
        return Resampling.of(out);
    }
}
