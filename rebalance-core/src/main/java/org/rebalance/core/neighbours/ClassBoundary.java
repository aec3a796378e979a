package org.rebalance.core.neighbours;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.DenseMatrix;

/**
 * For every point: its nearest point of another class, and how many points of its own class come
 * before that one in neighbour order (distance, then index), counted up to a cap. That is all the
 * edited-nearest-neighbour rule and Tomek links need: a point's k nearest neighbours are all of its
 * class exactly when at least k same-class points come first, and its nearest neighbour is of
 * another class exactly when none does.
 *
 * <p>Why not plain k-NN: on large data the answer is found without ranking every pair. The nearest
 * other-class point is searched among the other classes only (small when they are the minority,
 * and only the minority's few points query the large class); the same-class count scans the
 * point's class in order of a projection onto its direction of largest variance, outward from the
 * point, and stops as soon as the cap is reached or the projection gap alone exceeds the distance
 * to the nearest other-class point (a projection never exceeds the distance). Exact: the results
 * equal those of a full k-NN ranking with ties broken by the smaller index.
 */
public final class ClassBoundary {
    private final int[] nearestOther;
    private final double[] otherSquared;
    private final int[] sameBefore;

    private ClassBoundary(int[] nearestOther, double[] otherDistance, int[] sameBefore) {
        this.nearestOther = nearestOther;
        this.otherSquared = otherDistance;
        this.sameBefore = sameBefore;
    }

    /**
     * @param cap the count of same-class points coming first stops at this number
     */
    public static ClassBoundary of(DenseMatrix x, ClassTarget target, int cap) {
        int n = target.size();
        int[] nearestOther = new int[n];
        double[] otherDistance = new double[n];
        int[] sameBefore = new int[n];
        Arrays.fill(nearestOther, -1);
        Arrays.fill(otherDistance, Double.POSITIVE_INFINITY);
        int classes = target.classCount();
        int[][] rowsOf = new int[classes][];
        for (int c = 0; c < classes; c++) {
            final int cls = c;
            rowsOf[c] = IntStream.range(0, n).filter(i -> target.label(i) == cls).toArray();
        }
        for (int c = 0; c < classes; c++) {
            int[] own = rowsOf[c];
            final int cls = c;
            int[] others = IntStream.range(0, n).filter(i -> target.label(i) != cls).toArray();
            if (own.length == 0) {
                continue;
            }
            if (others.length > 0) {
                Neighbours nearest = KnnIndex.of(x, others).query(x, own, 1);
                for (int i = 0; i < own.length; i++) {
                    nearestOther[own[i]] = others[nearest.index(i, 0)];
                    otherDistance[own[i]] = nearest.squaredDistance(i, 0);
                }
            }
            countSameBefore(x, own, cap, nearestOther, otherDistance, sameBefore);
        }
        return new ClassBoundary(nearestOther, otherDistance, sameBefore);
    }

    /** Row of the nearest point of another class, or -1 when there is none. */
    public int nearestOther(int row) {
        return nearestOther[row];
    }

    /** Squared distance to the nearest point of another class (infinite when there is none). */
    public double otherSquaredDistance(int row) {
        return otherSquared[row];
    }

    /** Same-class points before the nearest other-class point in neighbour order, at most the cap. */
    public int sameBefore(int row) {
        return sameBefore[row];
    }

    private static void countSameBefore(DenseMatrix x, int[] own, int cap, int[] nearestOther, double[] otherDistance,
            int[] sameBefore) {
        int d = x.cols();
        int m = own.length;
        double[] points = new double[m * d];
        for (int i = 0; i < m; i++) {
            x.copyRow(own[i], points, i * d);
        }
        double[] direction = widestAxis(points, m, d);
        double[] projection = new double[m];
        for (int i = 0; i < m; i++) {
            double p = 0;
            for (int c = 0; c < d; c++) {
                p += direction[c] * points[i * d + c];
            }
            projection[i] = p;
        }
        Integer[] boxed = new Integer[m];
        for (int i = 0; i < m; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> Double.compare(projection[a], projection[b]));
        int[] order = new int[m];
        int[] place = new int[m];
        for (int i = 0; i < m; i++) {
            order[i] = boxed[i];
            place[boxed[i]] = i;
        }
        IntStream.range(0, m).parallel().forEach(i -> {
            int row = own[i];
            double limitSquared = otherDistance[row];
            double limit = Math.sqrt(limitSquared);
            int limitRow = nearestOther[row];
            double slack = Double.isInfinite(limit) ? limit : limit * (1 + 1e-12) + 1e-12;
            int count = 0;
            int left = place[i] - 1;
            int right = place[i] + 1;
            boolean leftOpen = true;
            boolean rightOpen = true;
            while (count < cap && (leftOpen || rightOpen)) {
                // take the side whose next candidate is nearer in projection
                boolean takeLeft;
                if (leftOpen && left < 0) {
                    leftOpen = false;
                }
                if (rightOpen && right >= m) {
                    rightOpen = false;
                }
                if (!leftOpen && !rightOpen) {
                    break;
                }
                if (!leftOpen) {
                    takeLeft = false;
                } else if (!rightOpen) {
                    takeLeft = true;
                } else {
                    takeLeft = projection[i] - projection[order[left]] <= projection[order[right]] - projection[i];
                }
                int j = takeLeft ? order[left--] : order[right++];
                double gap = Math.abs(projection[i] - projection[j]);
                if (gap > slack) {
                    if (takeLeft) {
                        leftOpen = false;
                    } else {
                        rightOpen = false;
                    }
                    continue;
                }
                double s = 0;
                for (int c = 0; c < d; c++) {
                    double diff = points[i * d + c] - points[j * d + c];
                    s += diff * diff;
                }
                if (s < limitSquared || (s == limitSquared && own[j] < limitRow)) {
                    count++;
                }
            }
            sameBefore[row] = count;
        });
    }

    /** The unit axis along which the points spread most (the coordinate of largest variance). */
    private static double[] widestAxis(double[] points, int m, int d) {
        int best = 0;
        double bestVariance = -1;
        for (int c = 0; c < d; c++) {
            double mean = 0;
            for (int i = 0; i < m; i++) {
                mean += points[i * d + c];
            }
            mean /= Math.max(1, m);
            double v = 0;
            for (int i = 0; i < m; i++) {
                double e = points[i * d + c] - mean;
                v += e * e;
            }
            if (v > bestVariance) {
                bestVariance = v;
                best = c;
            }
        }
        double[] axis = new double[d];
        axis[best] = 1;
        return axis;
    }
}
