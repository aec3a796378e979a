package org.rebalance.core.resample.over;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * SMOTE-NC, SMOTE for mixed numeric and categorical features (Chawla et al., JAIR 16, 2002, section
 * 6.1). Categorical features arrive one-hot encoded, as columns named {@code feature=category} (the
 * preprocessor's naming); every other column is numeric. Neighbours are found with the Euclidean
 * distance on the numeric columns plus, for each categorical feature on which two points differ, the
 * median of the class's numeric standard deviations (the paper's penalty), squared. A new point
 * interpolates the numeric columns like SMOTE and takes, for each categorical feature, the category
 * most frequent among the seed's k neighbours (ties: the first category in column order), so its
 * one-hot columns stay exactly one-hot.
 *
 * <p>Defaults: {@code auto}, k = 5. Without categorical columns it is plain SMOTE. A class to grow
 * with k or fewer examples is a {@link ConfigException}.
 *
 * @param strategy which classes to raise, and to what
 * @param k same-class neighbours
 */
public record SmoteNc(SamplingStrategy strategy, int k) implements Sampler {
    public SmoteNc {
        Objects.requireNonNull(strategy, "strategy");
        if (k < 1) {
            throw new ConfigException("smote-nc: k must be >= 1, got " + k);
        }
    }

    /** {@code auto}, k = 5. */
    public SmoteNc() {
        this(SamplingStrategy.Named.AUTO, 5);
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
        return "smote-nc";
    }

    /** The one-hot column groups of a schema: columns named {@code feature=category}, by feature. */
    public static List<int[]> categoricalGroups(Schema schema) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int c = 0; c < schema.size(); c++) {
            String name = schema.column(c);
            int eq = name.indexOf('=');
            if (eq > 0) {
                groups.computeIfAbsent(name.substring(0, eq), g -> new ArrayList<>()).add(c);
            }
        }
        List<int[]> out = new ArrayList<>();
        for (List<Integer> g : groups.values()) {
            out.add(g.stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }

    @Override
    public Resampling plan(DenseMatrix features, ClassTarget target, RandomGenerator rng) {
        ClassRows.checkAligned(features, target);
        int[] counts = target.counts();
        TargetCounts goal = strategy.resolve(counts, target.classes(), kind());
        List<int[]> groups = categoricalGroups(features.schema());
        boolean[] categorical = new boolean[features.cols()];
        for (int[] g : groups) {
            for (int c : g) {
                categorical[c] = true;
            }
        }
        ClassRows byClass = ClassRows.of(target);
        Synthesis out = new Synthesis(goal, counts, features);
        for (int c = 0; c < counts.length; c++) {
            int need = goal.of(c) - counts[c];
            if (need <= 0) {
                continue;
            }
            int[] rows = byClass.of(c);
            Synthesis.requireMoreThanK(name(), k, rows.length, target.classes().name(c));
            DenseMatrix scaled = scaledView(features, rows, categorical);
            Neighbours neighbours = KnnIndex.of(scaled).selfNeighbours(k);
            for (int s = 0; s < need; s++) {
                int seed = rng.nextInt(rows.length);
                int neighbour = neighbours.index(seed, rng.nextInt(k));
                double gap = rng.nextDouble();
                double[] x = features.row(rows[seed]);
                double[] y = features.row(rows[neighbour]);
                for (int col = 0; col < x.length; col++) {
                    if (!categorical[col]) {
                        x[col] += gap * (y[col] - x[col]);
                    }
                }
                for (int[] g : groups) {
                    int best = mostFrequent(features, rows, neighbours.of(seed), g);
                    for (int col : g) {
                        x[col] = col == best ? 1 : 0;
                    }
                }
                out.add(x, c);
            }
        }
        return out.resampling();
    }

    /**
     * The class's rows with one-hot columns scaled by median / sqrt(2): two points that differ in one
     * categorical feature differ in two of its columns, adding exactly median^2 to the squared distance.
     */
    private static DenseMatrix scaledView(DenseMatrix features, int[] rows, boolean[] categorical) {
        int d = features.cols();
        List<Double> sds = new ArrayList<>();
        for (int col = 0; col < d; col++) {
            if (categorical[col]) {
                continue;
            }
            double mean = 0;
            for (int r : rows) {
                mean += features.get(r, col);
            }
            mean /= rows.length;
            double ss = 0;
            for (int r : rows) {
                double e = features.get(r, col) - mean;
                ss += e * e;
            }
            sds.add(Math.sqrt(ss / rows.length));
        }
        double median = median(sds);
        double scale = median / Math.sqrt(2);
        double[] values = new double[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            for (int col = 0; col < d; col++) {
                double v = features.get(rows[i], col);
                values[i * d + col] = categorical[col] ? v * scale : v;
            }
        }
        return DenseMatrix.wrap(values, rows.length, features.schema());
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 1.0; // categorical features only: any positive penalty ranks by mismatches alone
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }

    /** The column of the group's category most common among the neighbours (first column on ties). */
    private static int mostFrequent(DenseMatrix features, int[] rows, int[] neighbourPositions, int[] group) {
        int best = group[0];
        int bestCount = -1;
        for (int col : group) {
            int count = 0;
            for (int p : neighbourPositions) {
                count += features.get(rows[p], col) > 0.5 ? 1 : 0;
            }
            if (count > bestCount) {
                best = col;
                bestCount = count;
            }
        }
        return best;
    }
}
