package org.rebalance.core.batch;

import java.util.Locale;
import java.util.random.RandomGenerator;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.resample.ClassRows;

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
            shuffle(order, rng);
            return order;
        }
    }

    /**
     * Class-balanced draws.
     *
     * @param replacement {@link Replacement#WITH}: each draw picks a class uniformly, then a row of it
     *     uniformly (minority rows repeat within an epoch); {@link Replacement#WITHOUT}: an equal number
     *     of rows from every class, none repeated (a fresh random under-sampling each epoch)
     * @param epochLength rows per epoch; 0 means the size of the training part with replacement, and the
     *     number of classes times the smallest class's size without
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
            return withoutReplacement(target, counts, epochLength, rng);
        }

        private static int[] withReplacement(ClassTarget target, int[] counts, int length, RandomGenerator rng) {
            int k = counts.length;
            ClassRows rowsOf = ClassRows.of(target);
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
                order[i] = rowsOf.row(c, rng.nextInt(counts[c]));
            }
            return order;
        }

        /**
         * The same number of rows from every class, none twice: {@code epochLength / classes} per class (0: as many
         * as the smallest class has), each class's rows a fresh random subset, the whole epoch shuffled. (A
         * weighted draw without replacement of all n rows, which PyTorch's {@code WeightedRandomSampler} does with
         * {@code replacement=False}, is only a permutation: the classes keep their shares, the minority merely
         * comes earlier in the epoch, and a network trained on it drifts to the majority at each epoch's end.)
         */
        private static int[] withoutReplacement(ClassTarget target, int[] counts, int epochLength, RandomGenerator rng) {
            int present = 0;
            int smallest = Integer.MAX_VALUE;
            int smallestClass = -1;
            for (int c = 0; c < counts.length; c++) {
                if (counts[c] > 0) {
                    present++;
                    if (counts[c] < smallest) {
                        smallest = counts[c];
                        smallestClass = c;
                    }
                }
            }
            int quota = epochLength == 0 ? smallest : epochLength / present;
            if (quota < 1 || quota > smallest) {
                throw new ConfigException("an epoch of " + epochLength + " rows balanced without replacement takes "
                        + quota + " rows of each of " + present + " classes; class \"" + target.classes().name(smallestClass)
                        + "\" has " + smallest + " (use at most " + smallest * present + " rows, or balanced batches with "
                        + "replacement)");
            }
            ClassRows rowsOf = ClassRows.of(target);
            int[] order = new int[quota * present];
            int next = 0;
            for (int c = 0; c < counts.length; c++) {
                int[] rows = rowsOf.of(c); // a copy, shuffled in part below
                for (int i = 0; i < Math.min(quota, rows.length); i++) { // partial Fisher-Yates: a random subset
                    int j = i + rng.nextInt(rows.length - i);
                    int t = rows[i];
                    rows[i] = rows[j];
                    rows[j] = t;
                    order[next++] = rows[i];
                }
            }
            shuffle(order, rng);
            return order;
        }
    }

    /** A seeded Fisher–Yates shuffle of {@code order} in place. */
    private static void shuffle(int[] order, RandomGenerator rng) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
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
