package org.rebalance.core.metrics;

import java.util.Locale;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassTarget;

/**
 * How the decision threshold of a binary classifier is chosen, from the validation part's truth and
 * scores: a {@link Fixed} value, the threshold that maximises F1 ({@link MaxF1}) or Youden's J
 * ({@link MaxYouden}), or the highest threshold that still reaches a recall ({@link MinRecall}).
 *
 * <p>Candidates are the distinct validation scores themselves (not midpoints between them): choosing
 * score s predicts positive every example scoring {@code >= s}, so examples with tied scores always
 * fall on the same side, and {@link BinaryScores#predict(Threshold)} with the chosen threshold
 * reproduces the confusion matrix that was optimised. When several candidates are equally good the
 * highest one wins (fewest positive predictions). When the validation truth lacks one of the two
 * classes (or is empty) the data-driven rules return {@link Threshold#DEFAULT}, since recall,
 * specificity or F1 are then undefined.
 */
public sealed interface ThresholdRule {
    /**
     * Chooses the threshold.
     *
     * @param validTruth two classes, class 1 positive
     * @param validScores one score per example of validTruth
     */
    Threshold choose(ClassTarget validTruth, BinaryScores validScores);

    /** The text {@link #parse(String)} reads back: "0.5", "max-f1", "max-youden", "recall>=0.9". */
    String label();

    /** Always the same threshold, whatever the data. */
    record Fixed(double value) implements ThresholdRule {
        public Fixed {
            if (!Double.isFinite(value)) {
                throw new ConfigException("a fixed threshold must be a finite number, got " + value);
            }
        }

        @Override
        public Threshold choose(ClassTarget validTruth, BinaryScores validScores) {
            counts(validTruth, validScores);
            return new Threshold(value);
        }

        @Override
        public String label() {
            return Double.toString(value);
        }
    }

    /** The candidate with the largest F1 = 2 TP / (2 TP + FP + FN) on the validation part. */
    record MaxF1() implements ThresholdRule {
        @Override
        public Threshold choose(ClassTarget validTruth, BinaryScores validScores) {
            ThresholdCounts c = counts(validTruth, validScores);
            if (!c.hasBothClasses()) {
                return Threshold.DEFAULT;
            }
            int best = 0;
            for (int i = 1; i < c.size(); i++) {
                // F1_i > F1_best, cross-multiplied; the denominator 2TP + FP + FN is TP + FP + P
                double candidate = (double) c.truePositives[i] * (c.truePositives[best] + c.falsePositives[best] + c.positives);
                double incumbent = (double) c.truePositives[best] * (c.truePositives[i] + c.falsePositives[i] + c.positives);
                if (candidate > incumbent) {
                    best = i;
                }
            }
            return new Threshold(c.thresholds[best]);
        }

        @Override
        public String label() {
            return "max-f1";
        }
    }

    /** The candidate with the largest Youden's J = sensitivity + specificity - 1 on the validation part. */
    record MaxYouden() implements ThresholdRule {
        @Override
        public Threshold choose(ClassTarget validTruth, BinaryScores validScores) {
            ThresholdCounts c = counts(validTruth, validScores);
            if (!c.hasBothClasses()) {
                return Threshold.DEFAULT;
            }
            int best = 0;
            long bestScaled = Long.MIN_VALUE;
            for (int i = 0; i < c.size(); i++) {
                // (J + 1) * P * N = TP * N + TN * P = TP * N - FP * P + N * P; compare TP * N - FP * P exactly
                long scaled = c.truePositives[i] * c.negatives - c.falsePositives[i] * c.positives;
                if (scaled > bestScaled) {
                    bestScaled = scaled;
                    best = i;
                }
            }
            return new Threshold(c.thresholds[best]);
        }

        @Override
        public String label() {
            return "max-youden";
        }
    }

    /**
     * The highest candidate whose validation recall TP / (TP + FN) is at least {@code recall}; one
     * always exists, since the lowest score gives recall 1.
     *
     * @param recall target recall in (0, 1]
     */
    record MinRecall(double recall) implements ThresholdRule {
        public MinRecall {
            if (!(recall > 0 && recall <= 1)) {
                throw new ConfigException("target recall must be in (0, 1], got " + recall);
            }
        }

        @Override
        public Threshold choose(ClassTarget validTruth, BinaryScores validScores) {
            ThresholdCounts c = counts(validTruth, validScores);
            if (!c.hasBothClasses()) {
                return Threshold.DEFAULT;
            }
            for (int i = 0; i < c.size(); i++) {
                if ((double) c.truePositives[i] / c.positives >= recall) {
                    return new Threshold(c.thresholds[i]);
                }
            }
            throw new AssertionError("recall 1 is reached at the lowest score");
        }

        @Override
        public String label() {
            return "recall>=" + recall;
        }
    }

    /**
     * Reads a rule: a number ("0.5", "-1.2e-1") is {@link Fixed}; "max-f1" and "max-youden" (also
     * with an underscore); "recall&gt;=0.9" is {@link MinRecall}. Case and blanks are ignored.
     *
     * @throws ConfigException for any other text or a value out of range
     */
    static ThresholdRule parse(String text) {
        String t = text == null ? "" : text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT).replace('_', '-');
        if (t.equals("max-f1")) {
            return new MaxF1();
        }
        if (t.equals("max-youden")) {
            return new MaxYouden();
        }
        if (t.startsWith("recall>=") && isNumber(t.substring("recall>=".length()))) {
            return new MinRecall(Double.parseDouble(t.substring("recall>=".length())));
        }
        if (isNumber(t)) {
            return new Fixed(Double.parseDouble(t));
        }
        throw new ConfigException("unknown threshold rule \"" + text
                + "\"; expected a number such as 0.5, max-f1, max-youden or recall>=0.9");
    }

    private static ThresholdCounts counts(ClassTarget truth, BinaryScores scores) {
        if (truth.classCount() != 2) {
            throw new IllegalArgumentException("threshold rules need a target with 2 classes, got "
                    + truth.classCount() + " " + truth.classes());
        }
        return ThresholdCounts.of(truth.labels(), scores.positive());
    }

    private static boolean isNumber(String text) {
        return text.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)(e[-+]?\\d+)?");
    }
}
