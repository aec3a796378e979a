package org.rebalance.core.resample.over;

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
 * Random over-sampling: keeps every row and raises each class to its target count with copies of its own
 * rows, drawn uniformly with replacement (as imbalanced-learn's RandomOverSampler without shrinkage).
 * The plan lists all original rows in ascending order, then the copies class by class (lowest class index
 * first) in the order drawn. It synthesises nothing, so it works with any inputs (graphs, images).
 *
 * <p>Default strategy: {@link SamplingStrategy.Named#AUTO} (every class but the majority is raised to the
 * majority count). With a single class, or a strategy that would lower a count, {@link #plan} throws a
 * {@link org.rebalance.core.ConfigException}.
 *
 * @param strategy which classes to raise, and to what
 */
public record RandomOverSampler(SamplingStrategy strategy) implements Sampler {
    public RandomOverSampler {
        Objects.requireNonNull(strategy, "strategy");
    }

    /** Over-sampling with the default {@code auto} strategy. */
    public RandomOverSampler() {
        this(SamplingStrategy.Named.AUTO);
    }

    @Override
    public SamplerKind kind() {
        return SamplerKind.OVER;
    }

    @Override
    public boolean synthesises() {
        return false;
    }

    @Override
    public String name() {
        return "random-over";
    }

    @Override
    public Resampling plan(DenseMatrix features, ClassTarget target, RandomGenerator rng) {
        ClassRows.checkAligned(features, target);
        int[] counts = target.counts();
        TargetCounts goal = strategy.resolve(counts, target.classes(), kind());
        int n = target.size();
        int[] out = new int[goal.total()];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        int k = n;
        ClassRows byClass = ClassRows.of(target);
        for (int c = 0; c < counts.length; c++) {
            int extra = goal.of(c) - counts[c];
            for (int e = 0; e < extra; e++) {
                out[k++] = byClass.row(c, rng.nextInt(counts[c]));
            }
        }
        return Resampling.of(out);
    }
}
