package org.rebalance.core.weight;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassNames;

/**
 * How to turn the class counts of the training part into a loss weight per class. Computed once, from
 * the counts of TRAIN (or of TRAIN after resampling).
 */
public sealed interface WeightingRule permits WeightingRule.None, WeightingRule.InverseFrequency,
        WeightingRule.Explicit, WeightingRule.InverseSqrt, WeightingRule.EffectiveNumber, WeightingRule.Capped,
        WeightingRule.AlphaBeta {

    /**
     * The weight of each class.
     *
     * @param counts the number of training examples of each class, indexed by class
     * @param names the class names (same length as {@code counts})
     * @throws ConfigException if the rule cannot be applied to these classes
     */
    ClassWeights weights(int[] counts, ClassNames names);

    /** The text form, accepted back by {@link #parse}. */
    String text();

    /**
     * Reads a rule: {@code none}, {@code balanced} or {@code inverse-frequency}, or {@code name:weight}
     * pairs separated by commas such as {@code 0:1,1:20} (names are class names).
     *
     * @throws ConfigException if the text is none of these
     */
    static WeightingRule parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ConfigException("empty class weighting; " + expected());
        }
        String t = text.trim();
        String key = t.toLowerCase(Locale.ROOT).replace('_', '-');
        if (key.equals("none")) {
            return new None();
        }
        if (key.equals("balanced") || key.equals("inverse-frequency")) {
            return new InverseFrequency();
        }
        if (key.equals("inverse-sqrt")) {
            return new InverseSqrt();
        }
        if (key.startsWith("effective-number")) {
            return new EffectiveNumber(parameter(t, "effective-number", 0.999));
        }
        if (key.startsWith("capped")) {
            return new Capped(parameter(t, "capped", 0.9));
        }
        if (key.startsWith("alpha-beta=")) {
            String[] ab = t.substring(t.indexOf('=') + 1).split("/");
            if (ab.length != 2) {
                throw new ConfigException("alpha-beta weights are written alpha-beta=A/B, e.g. alpha-beta=0.75/0.25; got \""
                        + t + "\"");
            }
            return new AlphaBeta(number(ab[0], t), number(ab[1], t));
        }
        if (t.indexOf(':') < 0) {
            throw new ConfigException("unknown class weighting \"" + t + "\"; " + expected());
        }
        Map<String, Double> byName = new LinkedHashMap<>();
        for (String part : t.split(",", -1)) {
            int colon = part.lastIndexOf(':');
            String name = part.substring(0, Math.max(colon, 0)).trim();
            String number = colon < 0 ? "" : part.substring(colon + 1).trim();
            double w;
            try {
                w = name.isEmpty() || number.isEmpty() ? Double.NaN : Double.parseDouble(number);
            } catch (NumberFormatException e) {
                w = Double.NaN;
            }
            if (Double.isNaN(w)) {
                throw new ConfigException("bad class weight \"" + part.trim() + "\" in \"" + t
                        + "\"; expected class:weight, e.g. 0:1,1:20");
            }
            if (byName.put(name, w) != null) {
                throw new ConfigException("class \"" + name + "\" appears twice in class weights \"" + t + "\"");
            }
        }
        return new Explicit(byName);
    }

    private static String expected() {
        return "expected none, balanced (= inverse-frequency), inverse-sqrt, effective-number[=BETA], capped[=MOST], "
                + "alpha-beta=A/B, or per-class weights such as 0:1,1:20";
    }

    private static double parameter(String text, String name, double fallback) {
        String rest = text.substring(name.length()).trim();
        if (rest.isEmpty()) {
            return fallback;
        }
        if (!rest.startsWith("=")) {
            throw new ConfigException("unknown class weighting \"" + text + "\"; " + expected());
        }
        return number(rest.substring(1), text);
    }

    private static double number(String s, String text) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new ConfigException("\"" + s.trim() + "\" in \"" + text + "\" is not a number");
        }
    }

    /**
     * Weights proportional to 1 / sqrt(n_c), scaled so that the weights of all examples add up to n
     * (as for {@link InverseFrequency}); a milder correction than inverse frequency. Example: counts
     * 90 / 10: 1/sqrt: 0.10541 / 0.31623; n / sum(sqrt(n_c)) = 100 / (9.48683 + 3.16228) = 7.90569, so
     * weights 0.83333 / 2.5.
     */
    record InverseSqrt() implements WeightingRule {
        @Override
        public ClassWeights weights(int[] counts, ClassNames names) {
            Rules.check(counts, names);
            Rules.requirePresent(counts, names, "inverse-sqrt");
            double n = 0;
            double sumSqrt = 0;
            for (int c : counts) {
                n += c;
                sumSqrt += Math.sqrt(c);
            }
            double[] w = new double[counts.length];
            for (int c = 0; c < counts.length; c++) {
                w[c] = n / (Math.sqrt(counts[c]) * sumSqrt);
            }
            return new ClassWeights(w);
        }

        @Override
        public String text() {
            return "inverse-sqrt";
        }
    }

    /**
     * Class-balanced weights by the effective number of samples (Y. Cui, M. Jia, T.-Y. Lin, Y. Song,
     * S. Belongie, "Class-balanced loss based on effective number of samples", CVPR 2019): class c
     * weighs (1 - beta) / (1 - beta^n_c), normalised so that the class weights add up to the number of
     * classes. beta in [0, 1): 0 gives equal weights, beta -> 1 approaches inverse frequency.
     *
     * @param beta the paper's hyper-parameter, commonly 0.99 to 0.9999
     */
    record EffectiveNumber(double beta) implements WeightingRule {
        public EffectiveNumber {
            if (!(beta >= 0 && beta < 1)) {
                throw new ConfigException("effective-number: beta must be in [0, 1), got " + beta);
            }
        }

        @Override
        public ClassWeights weights(int[] counts, ClassNames names) {
            Rules.check(counts, names);
            Rules.requirePresent(counts, names, "effective-number");
            double[] w = new double[counts.length];
            double sum = 0;
            for (int c = 0; c < counts.length; c++) {
                w[c] = (1 - beta) / (1 - Math.pow(beta, counts[c]));
                sum += w[c];
            }
            for (int c = 0; c < counts.length; c++) {
                w[c] *= counts.length / sum;
            }
            return new ClassWeights(w);
        }

        @Override
        public String text() {
            return "effective-number=" + beta;
        }
    }

    /**
     * Inverse-frequency weights with every class's share counted as at least (1 - most) / (k - 1), so
     * that no weight exceeds what a split of most : (1 - most) would give: w_c = 1 / (k max(p_c,
     * (1 - most) / (k - 1))). With most = 0.9 and two classes, a 1 % minority weighs as if it were
     * 10 %: 5 instead of 50.
     *
     * @param most the largest class share taken at face value, in [1/k, 1)
     */
    record Capped(double most) implements WeightingRule {
        public Capped {
            if (!(most > 0 && most < 1)) {
                throw new ConfigException("capped: most must be in (0, 1), got " + most);
            }
        }

        @Override
        public ClassWeights weights(int[] counts, ClassNames names) {
            Rules.check(counts, names);
            Rules.requirePresent(counts, names, "capped");
            int k = counts.length;
            double n = 0;
            for (int c : counts) {
                n += c;
            }
            double floor = (1 - most) / (k - 1);
            double[] w = new double[k];
            for (int c = 0; c < k; c++) {
                w[c] = 1 / (k * Math.max(counts[c] / n, floor));
            }
            return new ClassWeights(w);
        }

        @Override
        public String text() {
            return "capped=" + most;
        }
    }

    /**
     * Explicit weights for two classes: alpha for the positive class (index 1), beta for the negative
     * (index 0), as in the alpha-balanced cross-entropy of Lin et al. 2017 (alpha = 0.25, beta = 0.75
     * there).
     */
    record AlphaBeta(double alpha, double beta) implements WeightingRule {
        public AlphaBeta {
            if (!(alpha > 0 && beta > 0) || Double.isInfinite(alpha) || Double.isInfinite(beta)) {
                throw new ConfigException("alpha-beta: both weights must be finite and > 0, got " + alpha + "/" + beta);
            }
        }

        @Override
        public ClassWeights weights(int[] counts, ClassNames names) {
            Rules.check(counts, names);
            if (counts.length != 2) {
                throw new ConfigException("alpha-beta weights are for two classes; there are " + counts.length);
            }
            return new ClassWeights(new double[] {beta, alpha});
        }

        @Override
        public String text() {
            return "alpha-beta=" + alpha + "/" + beta;
        }
    }

    /** Every class weighs 1. */
    record None() implements WeightingRule {
        @Override
        public ClassWeights weights(int[] counts, ClassNames names) {
            Rules.check(counts, names);
            return ClassWeights.uniform(counts.length);
        }

        @Override
        public String text() {
            return "none";
        }
    }

    /**
     * scikit-learn's {@code compute_class_weight("balanced")}: class c weighs
     * {@code n_samples / (n_classes * count_c)}, so each class contributes the same total weight and the
     * mean weight per example is 1. Example: counts 90 / 10 give 100 / (2 * 90) = 0.5556 and
     * 100 / (2 * 10) = 5. A class with no example has no finite weight and is rejected, as scikit-learn
     * does.
     */
    record InverseFrequency() implements WeightingRule {
        @Override
        public ClassWeights weights(int[] counts, ClassNames names) {
            Rules.check(counts, names);
            long total = 0;
            for (int n : counts) {
                total += n;
            }
            double[] w = new double[counts.length];
            for (int c = 0; c < counts.length; c++) {
                if (counts[c] == 0) {
                    throw new ConfigException("balanced class weights need examples of every class; class \""
                            + names.name(c) + "\" has none in the training data");
                }
                w[c] = (double) total / ((double) counts.length * counts[c]);
            }
            return new ClassWeights(w);
        }

        @Override
        public String text() {
            return "balanced";
        }
    }

    /**
     * Weights given by class name; classes not named weigh 1. Each weight must be finite and positive.
     *
     * @param byClassName weight per class name
     */
    record Explicit(Map<String, Double> byClassName) implements WeightingRule {
        public Explicit {
            Map<String, Double> copy = new LinkedHashMap<>();
            for (Map.Entry<String, Double> e : byClassName.entrySet()) {
                if (e.getKey() == null || e.getKey().isBlank()) {
                    throw new ConfigException("class weights contain an empty class name");
                }
                Double w = e.getValue();
                if (w == null || !(w > 0) || !Double.isFinite(w)) {
                    throw new ConfigException("weight of class \"" + e.getKey()
                            + "\" must be a finite number above 0, got " + w);
                }
                copy.put(e.getKey(), w);
            }
            byClassName = Collections.unmodifiableMap(copy);
        }

        @Override
        public ClassWeights weights(int[] counts, ClassNames names) {
            Rules.check(counts, names);
            double[] w = new double[counts.length];
            java.util.Arrays.fill(w, 1.0);
            List<String> unknown = new ArrayList<>();
            for (Map.Entry<String, Double> e : byClassName.entrySet()) {
                int c = names.indexOf(e.getKey());
                if (c < 0) {
                    unknown.add("\"" + e.getKey() + "\"");
                } else {
                    w[c] = e.getValue();
                }
            }
            if (!unknown.isEmpty()) {
                List<String> valid = new ArrayList<>();
                for (String n : names.names()) {
                    valid.add("\"" + n + "\"");
                }
                throw new ConfigException("unknown class " + String.join(", ", unknown)
                        + " in class weights; the classes are " + String.join(", ", valid));
            }
            return new ClassWeights(w);
        }

        @Override
        public String text() {
            StringBuilder b = new StringBuilder();
            for (Map.Entry<String, Double> e : byClassName.entrySet()) {
                if (b.length() > 0) {
                    b.append(',');
                }
                b.append(e.getKey()).append(':')
                        .append(java.math.BigDecimal.valueOf(e.getValue()).stripTrailingZeros().toPlainString());
            }
            return b.toString();
        }
    }
}
