package org.rebalance.core.resample.over;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.resample.ClassRows;
import org.rebalance.core.resample.Resampling;
import org.rebalance.core.resample.Sampler;
import org.rebalance.core.resample.SamplerKind;
import org.rebalance.core.resample.SamplingStrategy;
import org.rebalance.core.resample.TargetCounts;

/**
 * ROSE, Random Over-Sampling Examples, a smoothed bootstrap (G. Menardi, N. Torelli, "Training and
 * assessing classification rules with imbalanced data", Data Mining and Knowledge Discovery 28,
 * 92–122, 2014): each new point of a growing class is one of its points drawn at random plus
 * Gaussian noise with a diagonal bandwidth per feature, {@code h_j = shrinkage * (4 / ((d + 2) n_c))^(1
 * / (d + 4)) * sd_j}, the normal-kernel rule of thumb that ROSE uses (sd_j: the class's sample standard
 * deviation of feature j, n_c its size, d the number of features). Shrinkage 0 gives plain random
 * over-sampling with copies; imbalanced-learn's {@code RandomOverSampler(shrinkage=s)} uses the same
 * rule. Defaults: {@code auto}, shrinkage 1.
 *
 * @param strategy which classes to raise, and to what
 * @param shrinkage scale of the bandwidth, &gt;= 0
 */
public record Rose(SamplingStrategy strategy, double shrinkage) implements Sampler {
    public Rose {
        Objects.requireNonNull(strategy, "strategy");
        if (!(shrinkage >= 0) || Double.isInfinite(shrinkage)) {
            throw new ConfigException("rose: shrinkage must be a finite number >= 0, got " + shrinkage);
        }
    }

    /** {@code auto}, shrinkage 1. */
    public Rose() {
        this(SamplingStrategy.Named.AUTO, 1.0);
    }

    @Override
    public SamplerKind kind() {
        return SamplerKind.OVER;
    }

    @Override
    public boolean synthesises() {
        return true;
    }

    @Override
    public String name() {
        return "rose";
    }

    @Override
    public Resampling plan(DenseMatrix features, ClassTarget target, RandomGenerator rng) {
        ClassRows.checkAligned(features, target);
        int[] counts = target.counts();
        TargetCounts goal = strategy.resolve(counts, target.classes(), kind());
        ClassRows byClass = ClassRows.of(target);
        Synthesis out = new Synthesis(goal, counts, features);
        int d = features.cols();
        for (int c = 0; c < counts.length; c++) {
            int need = goal.of(c) - counts[c];
            if (need <= 0) {
                continue;
            }
            int[] rows = byClass.of(c);
            double[] bandwidth = bandwidth(features, rows);
            for (int s = 0; s < need; s++) {
                double[] x = features.row(rows[rng.nextInt(rows.length)]);
                for (int j = 0; j < d; j++) {
                    x[j] += bandwidth[j] * rng.nextGaussian();
                }
                out.add(x, c);
            }
        }
        return out.resampling();
    }

    /** Per-feature kernel bandwidths of one class (0 for a class of one point). */
    double[] bandwidth(DenseMatrix features, int[] rows) {
        int d = features.cols();
        int n = rows.length;
        double[] h = new double[d];
        if (n < 2) {
            return h;
        }
        double factor = shrinkage * Math.pow(4.0 / ((d + 2.0) * n), 1.0 / (d + 4.0));
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (int r : rows) {
                mean += features.get(r, j);
            }
            mean /= n;
            double ss = 0;
            for (int r : rows) {
                double e = features.get(r, j) - mean;
                ss += e * e;
            }
            h[j] = factor * Math.sqrt(ss / (n - 1));
        }
        return h;
    }
}
