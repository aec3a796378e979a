package org.rebalance.core.neighbours;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.DenseMatrix;

/**
 * Exact k-nearest-neighbour search by Euclidean (or, for fingerprints, Jaccard) distance over a fixed set of reference points,
 * shared by every neighbour-based sampler. Brute force, but cache-friendly and parallel: queries
 * are processed in blocks of 64 against reference blocks of 512 points stored dimension-major (so
 * the distance loop runs over contiguous points and the JIT vectorises it), query blocks run on
 * all cores, and distances are summed as squared differences (no cancellation error), so results
 * are exact and identical whatever the thread count. Ties go to the smaller reference index. No
 * approximation, ever.
 */
public final class KnnIndex {
    private static final int QUERY_BLOCK = 64;
    private static final int REFERENCE_BLOCK = 512;

    private final double[] points;
    private final int n;
    private final int d;
    private final Distance distance;
    private final double[] norms; // JACCARD: each reference point's a.a

    private KnnIndex(double[] points, int n, int d, Distance distance) {
        this.points = points;
        this.n = n;
        this.d = d;
        this.distance = distance;
        this.norms = distance == Distance.JACCARD ? new double[n] : null;
        if (norms != null) {
            for (int i = 0; i < n; i++) {
                norms[i] = dot(points, i * d, points, i * d, d);
            }
        }
    }

    /** An index over the given rows of {@code m} (reference point i is row {@code rows[i]}), Euclidean. */
    public static KnnIndex of(DenseMatrix m, int[] rows) {
        return of(m, rows, Distance.EUCLIDEAN);
    }

    /** An index over the given rows of {@code m} with the given distance. */
    public static KnnIndex of(DenseMatrix m, int[] rows, Distance distance) {
        double[] p = new double[rows.length * m.cols()];
        for (int i = 0; i < rows.length; i++) {
            m.copyRow(rows[i], p, i * m.cols());
        }
        return new KnnIndex(p, rows.length, m.cols(), distance);
    }

    /** An index over every row of {@code m}, Euclidean. */
    public static KnnIndex of(DenseMatrix m) {
        return of(m, Distance.EUCLIDEAN);
    }

    /** An index over every row of {@code m} with the given distance. */
    public static KnnIndex of(DenseMatrix m, Distance distance) {
        return new KnnIndex(m.toArray(), m.rows(), m.cols(), distance);
    }

    public Distance distance() {
        return distance;
    }

    private static double dot(double[] a, int aBase, double[] b, int bBase, int d) {
        double s = 0;
        for (int c = 0; c < d; c++) {
            s += a[aBase + c] * b[bBase + c];
        }
        return s;
    }

    public int size() {
        return n;
    }

    public int dimensions() {
        return d;
    }

    /** Coordinates of reference point i (a copy). */
    public double[] point(int i) {
        return Arrays.copyOfRange(points, i * d, (i + 1) * d);
    }

    /** The point {@code a + gap (b - a)} between reference points a and b (SMOTE's interpolation). */
    public double[] between(int a, int b, double gap) {
        double[] x = new double[d];
        between(a, b, gap, x, 0);
        return x;
    }

    /** Writes {@code a + gap (b - a)} into {@code out} from {@code offset} on. */
    public void between(int a, int b, double gap, double[] out, int offset) {
        int ia = a * d;
        int ib = b * d;
        for (int c = 0; c < d; c++) {
            double v = points[ia + c];
            out[offset + c] = v + gap * (points[ib + c] - v);
        }
    }

    /**
     * The k nearest reference points of each reference point, excluding the point itself (a point
     * at distance 0 with another index still counts).
     *
     * @throws ConfigException if k is not in [1, size - 1]
     */
    public Neighbours selfNeighbours(int k) {
        if (k < 1 || k > n - 1) {
            throw new ConfigException("k=" + k + " nearest neighbours need at least " + (k + 1) + " points, found " + n);
        }
        return search(points, n, k, true);
    }

    /**
     * The k nearest reference points of each query row (row-major, same dimensions).
     *
     * @throws ConfigException if k is not in [1, size]
     */
    public Neighbours query(double[] queries, int m, int k) {
        if (queries.length != m * d) {
            throw new IllegalArgumentException(m + " queries of " + d + " dimensions need " + m * d + " values, got "
                    + queries.length);
        }
        if (k < 1 || k > n) {
            throw new ConfigException("k=" + k + " nearest neighbours need at least " + k + " points, found " + n);
        }
        return search(queries, m, k, false);
    }

    /** The k nearest reference points of rows {@code rows} of {@code m}. */
    public Neighbours query(DenseMatrix m, int[] rows, int k) {
        double[] q = new double[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            m.copyRow(rows[i], q, i * d);
        }
        return query(q, rows.length, k);
    }

    private Neighbours search(double[] queries, int m, int k, boolean self) {
        int[] idx = new int[m * k];
        double[] dist = new double[m * k];
        int blocks = (m + QUERY_BLOCK - 1) / QUERY_BLOCK;
        IntStream.range(0, blocks).parallel().forEach(b -> searchBlock(queries, b * QUERY_BLOCK,
                Math.min(m, (b + 1) * QUERY_BLOCK), k, self, idx, dist));
        return new Neighbours(k, idx, dist, distance == Distance.EUCLIDEAN);
    }

    private void searchBlock(double[] queries, int from, int to, int k, boolean self, int[] idx, double[] dist) {
        int q = to - from;
        int[] bestIdx = new int[q * k];
        double[] bestDist = new double[q * k];
        int[] filled = new int[q];
        Arrays.fill(bestDist, Double.POSITIVE_INFINITY);
        double[] transposed = new double[d * REFERENCE_BLOCK];
        double[] squared = new double[REFERENCE_BLOCK];
        for (int r0 = 0; r0 < n; r0 += REFERENCE_BLOCK) {
            int width = Math.min(REFERENCE_BLOCK, n - r0);
            transpose(r0, width, transposed);
            for (int qi = 0; qi < q; qi++) {
                int query = from + qi;
                if (distance == Distance.JACCARD) {
                    jaccard(queries, query * d, transposed, r0, width, squared);
                } else {
                    distances(queries, query * d, transposed, width, squared);
                }
                int slot = qi * k;
                for (int j = 0; j < width; j++) {
                    int r = r0 + j;
                    double s = squared[j];
                    if (filled[qi] == k && s >= bestDist[slot + k - 1] || self && r == query) {
                        continue;
                    }
                    insert(bestIdx, bestDist, slot, Math.min(filled[qi], k - 1), k, r, s);
                    if (filled[qi] < k) {
                        filled[qi]++;
                    }
                }
            }
        }
        System.arraycopy(bestIdx, 0, idx, from * k, q * k);
        System.arraycopy(bestDist, 0, dist, from * k, q * k);
    }

    /** Reference points r0 .. r0 + width - 1, dimension-major, so distance loops run over points. */
    private void transpose(int r0, int width, double[] out) {
        for (int j = 0; j < width; j++) {
            int base = (r0 + j) * d;
            for (int c = 0; c < d; c++) {
                out[c * REFERENCE_BLOCK + j] = points[base + c];
            }
        }
    }

    /** Squared distances from one query to a transposed reference block (a loop the JIT vectorises). */
    private void distances(double[] queries, int queryBase, double[] transposed, int width, double[] out) {
        Arrays.fill(out, 0, width, 0.0);
        for (int c = 0; c < d; c++) {
            double qc = queries[queryBase + c];
            int offset = c * REFERENCE_BLOCK;
            for (int j = 0; j < width; j++) {
                double diff = qc - transposed[offset + j];
                out[j] += diff * diff;
            }
        }
    }

    /** Jaccard (Tanimoto) distances from one query to a transposed reference block starting at point r0. */
    private void jaccard(double[] queries, int queryBase, double[] transposed, int r0, int width, double[] out) {
        Arrays.fill(out, 0, width, 0.0);
        double qq = 0;
        for (int c = 0; c < d; c++) {
            double qc = queries[queryBase + c];
            qq += qc * qc;
            if (qc == 0) {
                continue; // fingerprints are sparse: skip the zero bits of the query
            }
            int offset = c * REFERENCE_BLOCK;
            for (int j = 0; j < width; j++) {
                out[j] += qc * transposed[offset + j];
            }
        }
        for (int j = 0; j < width; j++) {
            double union = qq + norms[r0 + j] - out[j];
            out[j] = union <= 0 ? 0 : 1 - out[j] / union;
        }
    }

    /**
     * Inserts (r, s) into the sorted list at [slot, slot + k), whose last used position is
     * {@code last}; references arrive in increasing index order, so an equal distance keeps the
     * earlier (smaller) index in front.
     */
    private static void insert(int[] idx, double[] dist, int slot, int last, int k, int r, double s) {
        int pos = last;
        while (pos > 0 && dist[slot + pos - 1] > s) {
            if (pos < k) {
                dist[slot + pos] = dist[slot + pos - 1];
                idx[slot + pos] = idx[slot + pos - 1];
            }
            pos--;
        }
        dist[slot + pos] = s;
        idx[slot + pos] = r;
    }
}
