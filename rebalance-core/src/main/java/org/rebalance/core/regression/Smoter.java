package org.rebalance.core.regression;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.neighbours.KnnIndex;
import org.rebalance.core.neighbours.Neighbours;

/**
 * SMOTER, SMOTE for regression (L. Torgo, R. P. Ribeiro, B. Pfahringer, P. Branco, "SMOTE for
 * Regression", EPIA 2013; as restated in P. Branco, L. Torgo, R. P. Ribeiro, "SMOGN: a
 * pre-processing approach for imbalanced regression", LIDTA 2017): over-sample the rare targets
 * by interpolation and under-sample the rest.
 *
 * <ol>
 *   <li>Rare examples are those with {@link Relevance} φ(y) >= threshold; they split at the median
 *       of all training targets into a low extreme (y < median) and a high extreme (y >= median),
 *       each over-sampled on its own.
 *   <li>An extreme of r rare examples gets N = round(overRatio · r) synthetic examples (half up):
 *       every rare example seeds floor(N / r) of them, and N mod r distinct rare examples, drawn
 *       uniformly, seed one more each (overRatio = 1 doubles the rare set).
 *   <li>Each synthetic example picks one of its seed's k nearest rare neighbours of the same extreme
 *       uniformly and a gap u ~ U[0, 1): features {@code x_s + u (x_n - x_s)}; target the average
 *       of the two targets weighted by the inverse distances d_s, d_n of the new point to the seed and
 *       to the neighbour, {@code (d_n y_s + d_s y_n) / (d_s + d_n)} (the plain mean if d_s = d_n).
 *       With numeric features this is {@code y_s + u (y_n - y_s)}.
 *   <li>round(underRatio · m) of the m normal (not rare) examples are kept, drawn uniformly without
 *       replacement (underRatio = 1 keeps all). All rare examples are kept.
 * </ol>
 *
 * <p>Neighbours are exact Euclidean ({@link KnnIndex}) on the features as given; standardise them
 * first. An extreme with k or fewer rare examples uses all of its other rare examples as neighbours
 * (k = r - 1) rather than failing, since extremes are small by nature; an extreme with a single rare
 * example has no neighbour and gets no synthetic examples (it is kept).
 *
 * <p>Plan order: the kept original rows ascending, then the synthetic rows — low extreme first,
 * within an extreme by seed in row order, then the remainder seeds in the order drawn. The same
 * generator state gives the same plan.
 *
 * @param k rare neighbours to interpolate towards, >= 1 (default 5)
 * @param threshold relevance at or above which a target is rare, in [0, 1] (default 0.5)
 * @param overRatio synthetic examples per rare example, >= 0 (default 1)
 * @param underRatio fraction of normal examples kept, in [0, 1] (default 1)
 */
public record Smoter(int k, double threshold, double overRatio, double underRatio) implements RegressionSampler {
    public Smoter {
        validate("smoter", k, threshold, overRatio, underRatio);
    }

    /** k = 5, threshold 0.5, overRatio 1 (double the rare examples), underRatio 1 (keep the rest). */
    public Smoter() {
        this(5, Relevance.DEFAULT_THRESHOLD, 1.0, 1.0);
    }

    /**
     * The plan for training features x and targets y.
     *
     * @throws IllegalArgumentException if x and y differ in length, y is empty or not finite
     */
    @Override
    public RegressionResampling plan(DenseMatrix x, double[] y, RandomGenerator rng) {
        return plan(x, y, rng, k, threshold, overRatio, underRatio, (e, seed, random, out, offset) -> {
            int neighbour = e.neighbours.index(seed, random.nextInt(e.k));
            return interpolate(e, seed, neighbour, random.nextDouble(), out, offset);
        });
    }

    static void validate(String name, int k, double threshold, double overRatio, double underRatio) {
        if (k < 1) {
            throw new ConfigException(name + ": k must be >= 1, got " + k);
        }
        Relevance.requireThreshold(threshold, name);
        if (!(overRatio >= 0) || !Double.isFinite(overRatio)) {
            throw new ConfigException(name + ": over ratio must be finite and >= 0, got " + overRatio);
        }
        if (!(underRatio >= 0 && underRatio <= 1)) {
            throw new ConfigException(name + ": under ratio must be in [0, 1], got " + underRatio);
        }
    }

    /** Makes one synthetic example from a seed of an extreme: features into out, returns the target. */
    interface Generator {
        double make(Extreme e, int seed, RandomGenerator rng, double[] out, int offset);
    }

    /** The rare examples of one extreme, their nearest rare neighbours and spreads. */
    static final class Extreme {
        final DenseMatrix x;
        final int[] rows;
        final double[] y;
        final int k;
        final KnnIndex index;
        final Neighbours neighbours;

        Extreme(DenseMatrix x, double[] allY, int[] rows, int k) {
            this.x = x;
            this.rows = rows;
            this.y = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                y[i] = allY[rows[i]];
            }
            this.k = Math.min(k, rows.length - 1);
            this.index = KnnIndex.of(x, rows);
            this.neighbours = index.selfNeighbours(this.k);
        }

        /** Half the median distance from a seed to its k rare neighbours (SMOGN's safe distance). */
        double safeDistance(int seed) {
            double median = k % 2 == 1 ? neighbours.distance(seed, k / 2)
                    : (neighbours.distance(seed, k / 2 - 1) + neighbours.distance(seed, k / 2)) / 2;
            return median / 2;
        }

        /** Population standard deviation (divisor r) of each feature over this extreme. */
        double[] featureSd() {
            double[] sd = new double[x.cols()];
            for (int c = 0; c < sd.length; c++) {
                double[] v = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    v[i] = x.get(rows[i], c);
                }
                sd[c] = sd(v);
            }
            return sd;
        }

        /** Population standard deviation of the targets over this extreme. */
        double targetSd() {
            return sd(y);
        }

        private static double sd(double[] v) {
            double mean = 0;
            for (double a : v) {
                mean += a;
            }
            mean /= v.length;
            double ss = 0;
            for (double a : v) {
                ss += (a - mean) * (a - mean);
            }
            return Math.sqrt(ss / v.length);
        }
    }

    /**
     * Writes {@code x_a + gap (x_b - x_a)} and returns the inverse-distance weighted target of seeds
     * a and b (indices into the extreme).
     */
    static double interpolate(Extreme e, int a, int b, double gap, double[] out, int offset) {
        e.index.between(a, b, gap, out, offset);
        double da = 0;
        double db = 0;
        for (int c = 0; c < e.x.cols(); c++) {
            double v = out[offset + c];
            double ta = v - e.x.get(e.rows[a], c);
            double tb = v - e.x.get(e.rows[b], c);
            da += ta * ta;
            db += tb * tb;
        }
        da = Math.sqrt(da);
        db = Math.sqrt(db);
        if (da == db) {
            return (e.y[a] + e.y[b]) / 2;
        }
        return (db * e.y[a] + da * e.y[b]) / (da + db);
    }

    /** The SMOTER / SMOGN plan shared by both: relevance, extremes, counts, under-sampling. */
    static RegressionResampling plan(DenseMatrix x, double[] y, RandomGenerator rng, int k, double threshold,
            double overRatio, double underRatio, Generator generator) {
        if (x.rows() != y.length) {
            throw new IllegalArgumentException("features have " + x.rows() + " rows but there are " + y.length
                    + " targets");
        }
        boolean[] rare = Relevance.fromTargets(y).rare(y, threshold);
        double median = median(y);
        int n = y.length;
        int[] low = new int[n];
        int[] high = new int[n];
        int[] normal = new int[n];
        int lows = 0;
        int highs = 0;
        int normals = 0;
        for (int i = 0; i < n; i++) {
            if (!rare[i]) {
                normal[normals++] = i;
            } else if (y[i] < median) {
                low[lows++] = i;
            } else {
                high[highs++] = i;
            }
        }
        boolean[] keep = rare.clone();
        int kept = (int) Math.round(underRatio * normals);
        if (kept == normals) {
            for (int i = 0; i < normals; i++) {
                keep[normal[i]] = true;
            }
        } else {
            int[] drawn = draw(normals, kept, rng);
            for (int i = 0; i < kept; i++) {
                keep[normal[drawn[i]]] = true;
            }
        }
        int[] rows = new int[lows + highs + kept];
        int r = 0;
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                rows[r++] = i;
            }
        }
        int[][] extremes = {Arrays.copyOf(low, lows), Arrays.copyOf(high, highs)};
        int total = 0;
        for (int[] e : extremes) {
            total += syntheticCount(e.length, overRatio);
        }
        int d = x.cols();
        double[] synthetic = new double[total * d];
        double[] targets = new double[total];
        int s = 0;
        for (int[] members : extremes) {
            int count = syntheticCount(members.length, overRatio);
            if (count == 0) {
                continue;
            }
            Extreme e = new Extreme(x, y, members, k);
            int m = members.length;
            int each = count / m;
            for (int seed = 0; seed < m; seed++) {
                for (int j = 0; j < each; j++) {
                    targets[s] = generator.make(e, seed, rng, synthetic, s * d);
                    s++;
                }
            }
            for (int seed : draw(m, count % m, rng)) {
                targets[s] = generator.make(e, seed, rng, synthetic, s * d);
                s++;
            }
        }
        return new RegressionResampling(rows, synthetic, d, targets);
    }

    /** round(overRatio · r) for an extreme of r rare examples; none when r < 2 (no neighbour). */
    private static int syntheticCount(int rare, double overRatio) {
        return rare < 2 ? 0 : Math.toIntExact(Math.round(overRatio * rare));
    }

    /** The first {@code count} of a seeded partial Fisher–Yates shuffle of 0 .. n - 1. */
    private static int[] draw(int n, int count, RandomGenerator rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = 0; i < count; i++) {
            int j = i + rng.nextInt(n - i);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return Arrays.copyOf(p, count);
    }

    private static double median(double[] y) {
        double[] s = y.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
