package org.rebalance.core.neighbours;

/**
 * The k nearest neighbours of each of m query points, nearest first: {@code index(q, j)} is the
 * j-th nearest reference point of query q (a row of the index's points) and {@code distance(q, j)}
 * its distance (Euclidean, or Jaccard for an index built with {@link Distance#JACCARD}). Ties are broken
 * by the smaller reference index.
 */
public final class Neighbours {
    private final int k;
    private final int[] indices;
    private final double[] values; // squared Euclidean distances, or Jaccard distances
    private final boolean squared;

    Neighbours(int k, int[] indices, double[] values, boolean squared) {
        this.k = k;
        this.indices = indices;
        this.values = values;
        this.squared = squared;
    }

    public int k() {
        return k;
    }

    public int queries() {
        return k == 0 ? 0 : indices.length / k;
    }

    public int index(int query, int j) {
        return indices[query * k + j];
    }

    public double distance(int query, int j) {
        double v = values[query * k + j];
        return squared ? Math.sqrt(v) : v;
    }

    /** The squared distance of the j-th neighbour (for Euclidean indexes exact, with no square root taken). */
    public double squaredDistance(int query, int j) {
        double v = values[query * k + j];
        return squared ? v : v * v;
    }

    /** The neighbours of one query, nearest first (a copy). */
    public int[] of(int query) {
        int[] out = new int[k];
        System.arraycopy(indices, query * k, out, 0, k);
        return out;
    }
}
