package org.rebalance.core.neighbours;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.DenseMatrix;

/**
 * Exact k-nearest-neighbour search by Euclidean (or, for fingerprints, Jaccard) distance over a fixed set of reference points,
 * shared by every neighbour-based sampler. Brute force, but cache-friendly and parallel: queries
 * are processed in blocks of 64 against reference blocks of 512 points stored dimension-major once,
 * when the index is built (so the distance loop runs over contiguous points and the JIT vectorises it), query blocks run on
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
    private final double[][][] blocks; // reference blocks of REFERENCE_BLOCK points, one array per dimension

    private KnnIndex(double[] points, int n, int d, Distance distance) {
        this.points = points;
        this.n = n;
        this.d = d;
        this.distance = distance;
        this.blocks = new double[(n + REFERENCE_BLOCK - 1) / REFERENCE_BLOCK][][];
        IntStream.range(0, blocks.length).parallel().forEach(b -> blocks[b] = transpose(b * REFERENCE_BLOCK,
                Math.min(REFERENCE_BLOCK, n - b * REFERENCE_BLOCK)));
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
        boolean euclidean = distance == Distance.EUCLIDEAN;
        int rows = euclidean ? padded(q) : q; // the Euclidean kernel runs four queries at a time
        double[][] blockDistances = new double[rows][Math.min(REFERENCE_BLOCK, n)]; // small indexes: small rows
        double[][] groups = euclidean ? queryGroups(queries, from, q) : null;
        double[][][] groupRows = euclidean ? rowGroups(blockDistances) : null;
        Candidates lists = new Candidates(bestIdx, bestDist, filled, k, self ? from : -1);
        for (int r0 = 0; r0 < n; r0 += REFERENCE_BLOCK) {
            int width = Math.min(REFERENCE_BLOCK, n - r0);
            double[][] transposed = blocks[r0 / REFERENCE_BLOCK];
            if (euclidean) {
                // four queries' distances, then their selection while those rows are still in the L1 cache
                for (int g = 0; g < groups.length; g++) {
                    squaredEuclidean(groups[g], 4, d, transposed, width, groupRows[g]);
                    lists.offer(blockDistances, 4 * g, Math.min(q, 4 * g + 4), r0, width);
                }
            } else {
                jaccard(queries, from, q, d, transposed, norms, r0, width, blockDistances);
                lists.offer(blockDistances, 0, q, r0, width);
            }
        }
        System.arraycopy(bestIdx, 0, idx, from * k, q * k);
        System.arraycopy(bestDist, 0, dist, from * k, q * k);
    }

    /** The k-best lists of one query block, and how a block of distances is offered to them. */
    private record Candidates(int[] bestIdx, double[] bestDist, int[] filled, int k, int firstSelf) {
        /**
         * Offers distance rows {@code [from, to)} (queries of the block) for reference points r0 .. r0 + width - 1.
         * In the first reference block the lists fill up from the first k + 1 candidates (the query itself may
         * be among them); full lists of four queries then take the rest in one pass ({@link #selectFour}).
         */
        void offer(double[][] rows, int from, int to, int r0, int width) {
            int fill = r0 == 0 ? Math.min(width, k + 1) : 0;
            if (fill > 0) {
                for (int qi = from; qi < to; qi++) {
                    filled[qi] = select(rows[qi], 0, fill, r0, own(qi), bestIdx, bestDist, qi * k, k, filled[qi]);
                }
            }
            int qi = from;
            for (; qi + 3 < to; qi += 4) {
                selectFour(rows, qi, fill, width, r0, firstSelf, bestIdx, bestDist, k);
            }
            for (; qi < to; qi++) {
                filled[qi] = select(rows[qi], fill, width, r0, own(qi), bestIdx, bestDist, qi * k, k, filled[qi]);
            }
        }

        private int own(int qi) {
            return firstSelf < 0 ? -1 : firstSelf + qi;
        }
    }

    /** The block's queries in groups of four, row-major, the last query repeated to fill the last group. */
    private double[][] queryGroups(double[] queries, int from, int q) {
        double[] block = paddedBlock(queries, from, q);
        double[][] groups = new double[padded(q) / 4][];
        for (int g = 0; g < groups.length; g++) {
            groups[g] = Arrays.copyOfRange(block, 4 * g * d, (4 * g + 4) * d);
        }
        return groups;
    }

    /** Distance rows in groups of four (the same arrays), as the kernel takes them. */
    private static double[][][] rowGroups(double[][] rows) {
        double[][][] groups = new double[rows.length / 4][][];
        for (int g = 0; g < groups.length; g++) {
            groups[g] = Arrays.copyOfRange(rows, 4 * g, 4 * g + 4);
        }
        return groups;
    }

    /** {@code q} rounded up to the Euclidean kernel's group of four queries. */
    private static int padded(int q) {
        return (q + 3) & ~3;
    }

    /**
     * A copy of the block's queries, row-major, its last query repeated up to a multiple of four rows: the kernel
     * then always runs four queries together (a remainder path for single queries, once taken, made C2 recompile
     * the kernel without vectorising it: three times slower).
     */
    private double[] paddedBlock(double[] queries, int from, int q) {
        double[] block = new double[padded(q) * d];
        System.arraycopy(queries, from * d, block, 0, q * d);
        for (int extra = q; extra < padded(q); extra++) {
            System.arraycopy(queries, (from + q - 1) * d, block, extra * d, d);
        }
        return block;
    }

    /**
     * Reference points r0 .. r0 + width - 1, one array per dimension, so distance loops run over points.
     * (One array per dimension rather than one flat array with an offset per dimension: HotSpot's C2
     * vectorises {@code out[j] += f(row[j])} but not the same loop over {@code flat[offset + j]}, which
     * measured five times slower.) Built once with the index, so queries of many blocks share them.
     */
    private double[][] transpose(int r0, int width) {
        double[][] out = new double[d][width];
        for (int j = 0; j < width; j++) {
            int base = (r0 + j) * d;
            for (int c = 0; c < d; c++) {
                out[c][j] = points[base + c];
            }
        }
        return out;
    }

    /**
     * Squared distances from {@code q} queries (row-major, q a multiple of four) to a transposed reference block,
     * one row of {@code out} per query. Four queries share each pass over two dimensions of the block, so one
     * load of reference values serves four rows; each query sums its terms in the same order (two dimensions at a
     * time), so results are exact sums of squared differences (no cancellation) and do not depend on a query's
     * place. The loop shapes are chosen for HotSpot's C2 (JDK 17), which vectorises this one; it did not vectorise
     * four queries over four dimensions, two over four, the same loop moved into a helper method, nor kernels
     * inlined per query into the search loop (each 3-5x slower, found by profiling).
     */
    private static void squaredEuclidean(double[] queries, int q, int d, double[][] transposed, int width,
            double[][] out) {
        for (int qi = 0; qi + 3 < q; qi += 4) { // written so, not qi < q: C2 vectorises only this form
            double[] ra = out[qi];
            double[] rb = out[qi + 1];
            double[] rc = out[qi + 2];
            double[] rd = out[qi + 3];
            int ba = qi * d;
            int bb = ba + d;
            int bc = bb + d;
            int bd = bc + d;
            Arrays.fill(ra, 0, width, 0.0);
            Arrays.fill(rb, 0, width, 0.0);
            Arrays.fill(rc, 0, width, 0.0);
            Arrays.fill(rd, 0, width, 0.0);
            int c = 0;
            for (; c + 1 < d; c += 2) {
                double a0 = queries[ba + c];
                double a1 = queries[ba + c + 1];
                double b0 = queries[bb + c];
                double b1 = queries[bb + c + 1];
                double c0 = queries[bc + c];
                double c1 = queries[bc + c + 1];
                double d0 = queries[bd + c];
                double d1 = queries[bd + c + 1];
                double[] t0 = transposed[c];
                double[] t1 = transposed[c + 1];
                for (int j = 0; j < width; j++) {
                    double x0 = t0[j];
                    double x1 = t1[j];
                    double e0 = a0 - x0;
                    double e1 = a1 - x1;
                    double f0 = b0 - x0;
                    double f1 = b1 - x1;
                    double g0 = c0 - x0;
                    double g1 = c1 - x1;
                    double h0 = d0 - x0;
                    double h1 = d1 - x1;
                    ra[j] += e0 * e0 + e1 * e1;
                    rb[j] += f0 * f0 + f1 * f1;
                    rc[j] += g0 * g0 + g1 * g1;
                    rd[j] += h0 * h0 + h1 * h1;
                }
            }
            for (; c < d; c++) {
                double a0 = queries[ba + c];
                double b0 = queries[bb + c];
                double c0 = queries[bc + c];
                double d0 = queries[bd + c];
                double[] t0 = transposed[c];
                for (int j = 0; j < width; j++) {
                    double x = t0[j];
                    double e0 = a0 - x;
                    double f0 = b0 - x;
                    double g0 = c0 - x;
                    double h0 = d0 - x;
                    ra[j] += e0 * e0;
                    rb[j] += f0 * f0;
                    rc[j] += g0 * g0;
                    rd[j] += h0 * h0;
                }
            }
        }
    }

    /** Jaccard (Tanimoto) distances from queries {@code from .. from + q - 1} to a transposed reference block at r0. */
    private static void jaccard(double[] queries, int from, int q, int d, double[][] transposed, double[] norms, int r0,
            int width, double[][] out) {
        for (int qi = 0; qi < q; qi++) {
            double[] row = out[qi];
            int base = (from + qi) * d;
            Arrays.fill(row, 0, width, 0.0);
            double qq = 0;
            for (int c = 0; c < d; c++) {
                double qc = queries[base + c];
                qq += qc * qc;
                if (qc == 0) {
                    continue; // fingerprints are sparse: skip the zero bits of the query
                }
                double[] column = transposed[c];
                for (int j = 0; j < width; j++) {
                    row[j] += qc * column[j];
                }
            }
            for (int j = 0; j < width; j++) {
                double union = qq + norms[r0 + j] - row[j];
                row[j] = union <= 0 ? 0 : 1 - row[j] / union;
            }
        }
    }

    /**
     * Offers distances {@code [from, to)} of a block to one query's sorted list of the k best at [slot, slot + k),
     * which holds {@code count} entries; returns the new count. Until the list is full every candidate enters;
     * after that the loop only compares with the current k-th distance (a strictly smaller one enters, so of
     * equal distances the earlier, smaller index stays). Row {@code skip} (the query itself, or -1) never enters.
     */
    private static int select(double[] squared, int from, int to, int r0, int skip, int[] bestIdx, double[] bestDist,
            int slot, int k, int count) {
        int j = from;
        for (; j < to && count < k; j++) {
            if (r0 + j != skip) {
                insert(bestIdx, bestDist, slot, count, k, r0 + j, squared[j]);
                count++;
            }
        }
        if (skip >= r0 + j && skip < r0 + to) {
            squared[skip - r0] = Double.POSITIVE_INFINITY; // never strictly below the k-th distance: never enters
        }
        double worst = bestDist[slot + k - 1];
        for (; j < to; j++) {
            double s = squared[j];
            if (s < worst) {
                insert(bestIdx, bestDist, slot, k - 1, k, r0 + j, s);
                worst = bestDist[slot + k - 1];
            }
        }
        return count;
    }

    /**
     * {@link #select} for four queries with full lists (block rows {@code qi .. qi + 3}) over distances
     * {@code [from, width)}, in one pass: one rarely taken branch tests the four candidates of a reference point,
     * where four separate scans paid a loop and a branch per distance (selection took as long as the distance
     * kernel). Each query's list sees its candidates in the same order with the same strict comparison, so the
     * result equals four separate scans. {@code firstQuery} is the block's first query's own reference index
     * when the queries are the reference points (skipped), else -1.
     */
    private static void selectFour(double[][] block, int qi, int from, int width, int r0, int firstQuery,
            int[] bestIdx, double[] bestDist, int k) {
        double[] ra = block[qi];
        double[] rb = block[qi + 1];
        double[] rc = block[qi + 2];
        double[] rd = block[qi + 3];
        if (firstQuery >= 0) {
            for (int i = 0; i < 4; i++) {
                int own = firstQuery + qi + i - r0;
                if (own >= from && own < width) {
                    block[qi + i][own] = Double.POSITIVE_INFINITY;
                }
            }
        }
        int sa = qi * k;
        int sb = sa + k;
        int sc = sb + k;
        int sd = sc + k;
        double wa = bestDist[sa + k - 1];
        double wb = bestDist[sb + k - 1];
        double wc = bestDist[sc + k - 1];
        double wd = bestDist[sd + k - 1];
        for (int j = from; j < width; j++) {
            double a = ra[j];
            double b = rb[j];
            double c = rc[j];
            double d = rd[j];
            if (a < wa | b < wb | c < wc | d < wd) { // non-short-circuit: one branch for the four
                int r = r0 + j;
                wa = offer(bestIdx, bestDist, sa, k, r, a, wa);
                wb = offer(bestIdx, bestDist, sb, k, r, b, wb);
                wc = offer(bestIdx, bestDist, sc, k, r, c, wc);
                wd = offer(bestIdx, bestDist, sd, k, r, d, wd);
            }
        }
    }

    /** Puts (r, s) into the full list at [slot, slot + k) if s is below its k-th distance {@code worst}; the new k-th. */
    private static double offer(int[] bestIdx, double[] bestDist, int slot, int k, int r, double s, double worst) {
        if (s < worst) {
            insert(bestIdx, bestDist, slot, k - 1, k, r, s);
            return bestDist[slot + k - 1];
        }
        return worst;
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
