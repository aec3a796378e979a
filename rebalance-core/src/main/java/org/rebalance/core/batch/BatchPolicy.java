package org.rebalance.core.batch;

import java.util.Locale;
import java.util.random.RandomGenerator;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassTarget;

/**
 * Which training rows an epoch visits, and in what order; the epoch is then cut into mini-batches.
 * {@link Shuffled} visits every row once; {@link ClassBalanced} draws rows with probability
 * proportional to 1 / (size of their class), so every class is seen equally often on average —
 * PyTorch's {@code WeightedRandomSampler} with those weights.
 */
public sealed interface BatchPolicy {
    /** The rows of one epoch, in visiting order (rows may repeat under some policies). */
    int[] epoch(ClassTarget target, RandomGenerator rng);

    /** Every row once per epoch, in a seeded Fisher–Yates order. */
    record Shuffled() implements BatchPolicy {
        @Override
        public int[] epoch(ClassTarget target, RandomGenerator rng) {
            int[] order = new int[target.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            for (int i = order.length - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            return order;
        }
    }

    /**
     * Class-balanced draws.
     *
     * @param replacement {@link Replacement#WITH}: each draw picks a class uniformly, then a row of it
     *     uniformly (minority rows repeat within an epoch); {@link Replacement#WITHOUT}: a weighted
     *     draw without replacement (Efraimidis–Spirakis keys u^(1/w)), so no row repeats
     * @param epochLength rows per epoch; 0 means the size of the training part
     */
    record ClassBalanced(Replacement replacement, int epochLength) implements BatchPolicy {
        public ClassBalanced {
            if (replacement == null) {
                throw new ConfigException("class-balanced batches need a replacement mode");
            }
            if (epochLength < 0) {
                throw new ConfigException("epoch length must be >= 0, got " + epochLength);
            }
        }

        @Override
        public int[] epoch(ClassTarget target, RandomGenerator rng) {
            int n = target.size();
            int length = epochLength == 0 ? n : epochLength;
            int[] counts = target.counts();
            if (replacement == Replacement.WITH) {
                return withReplacement(target, counts, length, rng);
            }
            if (length > n) {
                throw new ConfigException("an epoch of " + length + " rows drawn without replacement needs at least "
                        + length + " training rows, found " + n);
            }
            return withoutReplacement(target, counts, length, rng);
        }

        private static int[] withReplacement(ClassTarget target, int[] counts, int length, RandomGenerator rng) {
            int k = counts.length;
            int[][] rowsOf = new int[k][];
            int[] fill = new int[k];
            for (int c = 0; c < k; c++) {
                rowsOf[c] = new int[counts[c]];
            }
            for (int i = 0; i < target.size(); i++) {
                int c = target.label(i);
                rowsOf[c][fill[c]++] = i;
            }
            int present = 0;
            int[] presentClasses = new int[k];
            for (int c = 0; c < k; c++) {
                if (counts[c] > 0) {
                    presentClasses[present++] = c;
                }
            }
            int[] order = new int[length];
            for (int i = 0; i < length; i++) {
                int c = presentClasses[rng.nextInt(present)];
                order[i] = rowsOf[c][rng.nextInt(counts[c])];
            }
            return order;
        }

        private static int[] withoutReplacement(ClassTarget target, int[] counts, int length, RandomGenerator rng) {
            int n = target.size();
            double[] keys = new double[n];
            Integer[] rows = new Integer[n];
            for (int i = 0; i < n; i++) {
                double weight = 1.0 / counts[target.label(i)];
                keys[i] = Math.log(1 - rng.nextDouble()) / weight; // log(u^(1/w)), larger is earlier
                rows[i] = i;
            }
            java.util.Arrays.sort(rows, (a, b) -> Double.compare(keys[b], keys[a]) != 0
                    ? Double.compare(keys[b], keys[a]) : Integer.compare(a, b));
            int[] order = new int[length];
            for (int i = 0; i < length; i++) {
                order[i] = rows[i];
            }
            return order;
        }
    }

    /** Whether a row may be drawn more than once per epoch. */
    enum Replacement { WITH, WITHOUT }

    /** "shuffled", "balanced" (with replacement) or "balanced-without-replacement", full-length epochs. */
    static BatchPolicy parse(String text) {
        return parse(text, 0);
    }

    /**
     * As {@link #parse(String)}, with {@code epochLength} rows per class-balanced epoch (0: the
     * training part's size; ignored by "shuffled").
     */
    static BatchPolicy parse(String text, int epochLength) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "shuffled":
                return new Shuffled();
            case "balanced":
                return new ClassBalanced(Replacement.WITH, epochLength);
            case "balanced-without-replacement":
                return new ClassBalanced(Replacement.WITHOUT, epochLength);
            default:
                throw new ConfigException("unknown batch policy \"" + text
                        + "\"; expected one of shuffled, balanced, balanced-without-replacement");
        }
    }
}
