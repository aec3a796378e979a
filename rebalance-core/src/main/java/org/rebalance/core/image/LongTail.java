package org.rebalance.core.image;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.Inputs;
import org.rebalance.core.split.MakeImbalance;

/**
 * Long-tailed training sets simulated from a balanced one, as in Cui et al. (CVPR 2019, "Class-Balanced
 * Loss Based on Effective Number of Samples") and Cao et al. (NeurIPS 2019, LDAM): a count profile,
 * head first, with imbalance ratio {@code rho} = largest / smallest count, and a draw of that many
 * examples of each class without replacement. The profile's rank r goes to class {@code order[r]};
 * without an order, rank r is class index r (class 0 is the head).
 */
public final class LongTail {
    private LongTail() {
    }

    /** The shape of a long-tail count profile. */
    public enum Profile {
        /** {@link #exponentialCounts}: counts fall geometrically from the head to the tail. */
        EXPONENTIAL,
        /** {@link #stepCounts}: the last ranks (the minority classes) get maxCount / rho, the others maxCount. */
        STEP;

        /** The profile's counts, head first ({@code minorityClasses} matters for {@link #STEP} only). */
        public int[] counts(int maxCount, int classes, int minorityClasses, double rho) {
            return this == EXPONENTIAL ? exponentialCounts(maxCount, classes, rho)
                    : stepCounts(maxCount, classes, minorityClasses, rho);
        }

        /** The name in experiment files and on the command line: exponential or step. */
        public String cliName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Exponential profile: {@code n_i = floor(maxCount * rho^(-i / (classes - 1)))} for rank
     * i = 0..classes-1, so rank 0 has maxCount and the last rank floor(maxCount / rho).
     */
    public static int[] exponentialCounts(int maxCount, int classes, double rho) {
        check(maxCount, classes, rho);
        int[] n = new int[classes];
        for (int i = 0; i < classes; i++) {
            double v = i == 0 ? maxCount : maxCount / Math.pow(rho, classes == 1 ? 0 : (double) i / (classes - 1));
            n[i] = (int) Math.floor(v * (1 + 1e-12)); // keep exact quotients such as 500 / 100 from rounding down
        }
        return positive(n, maxCount, rho);
    }

    /**
     * Step profile: the first {@code classes - minorityClasses} ranks get maxCount, the last
     * {@code minorityClasses} ranks {@code floor(maxCount / rho)}.
     */
    public static int[] stepCounts(int maxCount, int classes, int minorityClasses, double rho) {
        check(maxCount, classes, rho);
        if (minorityClasses < 0 || minorityClasses > classes) {
            throw new ConfigException("minority classes must be in [0, " + classes + "], got " + minorityClasses);
        }
        int[] n = new int[classes];
        int tail = (int) Math.floor(maxCount / rho * (1 + 1e-12));
        for (int i = 0; i < classes; i++) {
            n[i] = i < classes - minorityClasses ? maxCount : tail;
        }
        return positive(n, maxCount, rho);
    }

    /** Ascending rows of a long-tailed sample: {@code profile[c]} rows of class c. */
    public static int[] rows(ClassTarget target, int[] profile, RandomGenerator rng) {
        return rows(target, profile, identity(target.classCount()), rng);
    }

    /**
     * Ascending rows of a long-tailed sample: {@code profile[r]} rows of class {@code order[r]}
     * ({@code order} is a permutation of the class indices, head first).
     *
     * @throws ConfigException if the lengths do not match the classes, order is no permutation, or a
     *     class has fewer rows than asked (the message names the class)
     */
    public static int[] rows(ClassTarget target, int[] profile, int[] order, RandomGenerator rng) {
        int k = target.classCount();
        if (profile.length != k || order.length != k) {
            throw new ConfigException("a long-tail profile and class order need one entry per class (" + k
                    + "), got " + profile.length + " and " + order.length);
        }
        boolean[] seen = new boolean[k];
        for (int c : order) {
            if (c < 0 || c >= k || seen[c]) {
                throw new ConfigException("the class order must be a permutation of 0.." + (k - 1) + ", got "
                        + Arrays.toString(order));
            }
            seen[c] = true;
        }
        Map<String, Integer> want = new LinkedHashMap<>();
        for (int r = 0; r < k; r++) {
            want.put(target.classes().name(order[r]), profile[r]);
        }
        return MakeImbalance.rows(target, want, rng);
    }

    /** The long-tailed sample of a classification data set, class index order (class 0 the head). */
    public static <I extends Inputs> Dataset<I> sample(Dataset<I> train, int[] profile, RandomGenerator rng) {
        return train.select(rows(train.classTarget(), profile, rng));
    }

    /** The long-tailed sample of a classification data set: {@code profile[r]} examples of class {@code order[r]}. */
    public static <I extends Inputs> Dataset<I> sample(Dataset<I> train, int[] profile, int[] order,
            RandomGenerator rng) {
        return train.select(rows(train.classTarget(), profile, order, rng));
    }

    private static void check(int maxCount, int classes, double rho) {
        if (maxCount < 1) {
            throw new ConfigException("the head class count must be >= 1, got " + maxCount);
        }
        if (classes < 1) {
            throw new ConfigException("the number of classes must be >= 1, got " + classes);
        }
        if (!(rho >= 1) || Double.isInfinite(rho)) {
            throw new ConfigException("the imbalance ratio rho must be a finite number >= 1, got " + rho);
        }
    }

    private static int[] positive(int[] n, int maxCount, double rho) {
        for (int i = 0; i < n.length; i++) {
            if (n[i] < 1) {
                throw new ConfigException("rank " + i + " of the long-tail profile would get no examples (head "
                        + maxCount + ", rho " + rho + "); raise the head count or lower rho");
            }
        }
        return n;
    }

    private static int[] identity(int k) {
        int[] order = new int[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        return order;
    }
}
