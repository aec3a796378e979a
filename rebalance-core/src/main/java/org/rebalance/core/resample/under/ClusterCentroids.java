package org.rebalance.core.resample.under;

import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Schema;
import org.rebalance.core.neighbours.KnnIndex;
import org.rebalance.core.neighbours.Neighbours;
import org.rebalance.core.resample.ClassRows;
import org.rebalance.core.resample.Resampling;
import org.rebalance.core.resample.Sampler;
import org.rebalance.core.resample.SamplerKind;
import org.rebalance.core.resample.SamplingStrategy;
import org.rebalance.core.resample.TargetCounts;

/**
 * Cluster Centroids under-sampling (S.-J. Yen, Y.-S. Lee, "Cluster-based under-sampling approaches
 * for imbalanced data distributions", Expert Systems with Applications 36(3), 5718–5727, 2009, and
 * imbalanced-learn's ClusterCentroids): each class to shrink is replaced by the centroids of a k-means
 * clustering with as many clusters as its target count (k-means++ seeding, Lloyd iterations until no
 * point changes cluster or {@code maxIterations}). The centroids are new points: this under-sampler
 * synthesises, so it needs vector inputs. Default: {@code auto}, 50 iterations.
 *
 * @param strategy which classes to shrink, and to what
 * @param maxIterations cap on Lloyd iterations
 */
public record ClusterCentroids(SamplingStrategy strategy, int maxIterations) implements Sampler {
    public ClusterCentroids {
        Objects.requireNonNull(strategy, "strategy");
        if (maxIterations < 1) {
            throw new ConfigException("cluster-centroids: max iterations must be >= 1, got " + maxIterations);
        }
    }

    /** {@code auto}, 50 iterations. */
    public ClusterCentroids() {
        this(SamplingStrategy.Named.AUTO, 50);
    }

    @Override
    public SamplerKind kind() {
        return SamplerKind.UNDER;
    }

    @Override
    public boolean synthesises() {
        return true;
    }

    @Override
    public String name() {
        return "cluster-centroids";
    }

    @Override
    public Resampling plan(DenseMatrix features, ClassTarget target, RandomGenerator rng) {
        ClassRows.checkAligned(features, target);
        int[] counts = target.counts();
        TargetCounts goal = strategy.resolve(counts, target.classes(), kind());
        ClassRows byClass = ClassRows.of(target);
        int total = 0;
        for (int c = 0; c < counts.length; c++) {
            total += goal.of(c) < counts[c] ? goal.of(c) : 0;
        }
        double[][] centroids = new double[total][];
        int[] labels = new int[total];
        int next = 0;
        boolean[] replaced = new boolean[counts.length];
        for (int c = 0; c < counts.length; c++) {
            if (goal.of(c) >= counts[c]) {
                continue;
            }
            replaced[c] = true;
            for (double[] centroid : kMeans(features, byClass.of(c), goal.of(c), rng, target.classes().name(c))) {
                centroids[next] = centroid;
                labels[next++] = c;
            }
        }
        int[] kept = java.util.stream.IntStream.range(0, target.size()).filter(i -> !replaced[target.label(i)])
                .toArray();
        return new Resampling(kept, centroids, labels);
    }

    private double[][] kMeans(DenseMatrix features, int[] rows, int k, RandomGenerator rng, String className) {
        int d = features.cols();
        int n = rows.length;
        double[][] centres = new double[k][];
        // k-means++: the first centre uniformly, then each next with probability proportional to D^2
        double[] nearest = new double[n];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        centres[0] = features.row(rows[rng.nextInt(n)]);
        for (int j = 1; j < k; j++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                nearest[i] = Math.min(nearest[i], squared(features.row(rows[i]), centres[j - 1]));
                sum += nearest[i];
            }
            if (sum == 0) {
                throw new ConfigException(name() + ": class \"" + className + "\" has fewer than " + k
                        + " distinct points to make " + k + " centroids");
            }
            double u = rng.nextDouble() * sum;
            int pick = n - 1;
            for (int i = 0; i < n; i++) {
                u -= nearest[i];
                if (u < 0) {
                    pick = i;
                    break;
                }
            }
            centres[j] = features.row(rows[pick]);
        }
        int[] assignment = new int[n];
        Arrays.fill(assignment, -1);
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            DenseMatrix centreMatrix = DenseMatrix.of(centres, Schema.numbered(d));
            Neighbours closest = KnnIndex.of(centreMatrix).query(features, rows, 1);
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                int a = closest.index(i, 0);
                changed |= a != assignment[i];
                assignment[i] = a;
            }
            if (!changed) {
                break;
            }
            double[][] sums = new double[k][d];
            int[] sizes = new int[k];
            for (int i = 0; i < n; i++) {
                double[] x = features.row(rows[i]);
                for (int c = 0; c < d; c++) {
                    sums[assignment[i]][c] += x[c];
                }
                sizes[assignment[i]]++;
            }
            for (int j = 0; j < k; j++) {
                if (sizes[j] > 0) {
                    for (int c = 0; c < d; c++) {
                        sums[j][c] /= sizes[j];
                    }
                    centres[j] = sums[j];
                }
            }
        }
        return centres;
    }

    private static double squared(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double e = a[i] - b[i];
            s += e * e;
        }
        return s;
    }
}
