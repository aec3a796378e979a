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
        WeightingRule.Explicit {

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
        return "expected none, balanced (= inverse-frequency), or per-class weights such as 0:1,1:20";
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
