package org.rebalance.core.neighbours;

/**
 * The k nearest neighbours of each of m query points, nearest first: {@code index(q, j)} is the
 * j-th nearest reference point of query q (a row of the index's points) and {@code distance(q, j)}
 * its Euclidean distance. Ties are broken by the smaller reference index.
 */
public final class Neighbours {
    private final int k;
    private final int[] indices;
    private final double[] squaredDistances;

    Neighbours(int k, int[] indices, double[] squaredDistances) {
        this.k = k;
        this.indices = indices;
        this.squaredDistances = squaredDistances;
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
        return Math.sqrt(squaredDistances[query * k + j]);
    }

    /** The squared Euclidean distance of the j-th neighbour (exact, no square root). */
    public double squaredDistance(int query, int j) {
        return squaredDistances[query * k + j];
    }

    /** The neighbours of one query, nearest first (a copy). */
    public int[] of(int query) {
        int[] out = new int[k];
        System.arraycopy(indices, query * k, out, 0, k);
        return out;
    }
}
