package org.rebalance.core.resample;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassNames;

/**
 * How many examples of each class a sampler should leave, in imbalanced-learn's vocabulary: a float
 * {@link Ratio} (two classes only), explicit per-class {@link Counts}, or a {@link Named} mode. What a
 * strategy means depends on the {@link SamplerKind} of the sampler that uses it, so it is turned into
 * numbers only by {@link #resolve}, once, with the class counts of the training part.
 *
 * <p>Classes with no training example take no part: they are neither the majority nor the minority, and
 * keep a count of zero. Ties are broken towards the lowest class index (the majority is the first class
 * with the largest count, the minority the first class with the smallest positive count), as
 * imbalanced-learn does with its sorted class labels.
 *
 * <p>For {@link SamplerKind#CLEAN} samplers the final counts depend on the data, so {@link #resolve}
 * returns the current counts as an upper bound, and {@link #selects} says which classes may be cleaned.
 */
public sealed interface SamplingStrategy permits SamplingStrategy.Ratio, SamplingStrategy.Counts,
        SamplingStrategy.Named {

    /**
     * The final number of examples of each class after a sampler of this kind has run.
     *
     * @param counts the number of training examples of each class, indexed by class
     * @param names the class names (same length as {@code counts}), used in error messages
     * @throws ConfigException if fewer than two classes have examples, or the strategy cannot be met by a
     *     sampler of this kind (a ratio that would remove rows while over-sampling, an unknown class name …)
     */
    TargetCounts resolve(int[] counts, ClassNames names, SamplerKind kind);

    /**
     * Which classes a sampler of this kind may change under this strategy, indexed by class. For
     * {@link SamplerKind#OVER} and {@link SamplerKind#UNDER} the counts of unselected classes are left
     * unchanged by {@link #resolve}.
     *
     * @throws ConfigException in the same cases as {@link #resolve}
     */
    boolean[] selects(int[] counts, ClassNames names, SamplerKind kind);

    /** The text form, accepted back by {@link #parse}: {@code auto}, {@code 0.5}, {@code neg:500,pos:300}. */
    String text();

    /**
     * Reads a strategy from the command line or an experiment file: {@code auto}, {@code minority},
     * {@code not-majority}, {@code not-minority}, {@code all} (case, '-', '_' and spaces are equivalent),
     * a number such as {@code 0.5} ({@link Ratio}), or {@code name:count} pairs separated by commas such as
     * {@code 0:500,1:300} or {@code neg:500,pos:300} ({@link Counts}; the names are class names).
     *
     * @throws ConfigException if the text is none of these
     */
    static SamplingStrategy parse(String text) {
        return StrategyText.parse(text);
    }

    /**
     * The two-class float ratio of imbalanced-learn: the wanted ratio of minority to majority examples, in
     * (0, 1]. With m = minority count and M = majority count:
     *
     * <ul>
     *   <li>over-sampling raises the minority to {@code m + (int) (M * r - m)}, i.e. {@code (int) (M * r)},
     *       truncated toward zero exactly as imbalanced-learn's {@code int(n_majority * ratio - n)}; if
     *       that is below m the strategy would have to remove rows and is rejected;</li>
     *   <li>under-sampling lowers the majority to {@code (int) (m / r)}, imbalanced-learn's
     *       {@code int(n_minority / ratio)}; if that is above M it is rejected.</li>
     * </ul>
     *
     * Example: 10 positives and 95 negatives; over-sampling with 0.5 gives int(47.5) = 47 positives;
     * under-sampling with 0.3 gives int(33.33…) = 33 negatives. A ratio cannot drive a cleaning sampler.
     */
    record Ratio(double minorityToMajority) implements SamplingStrategy {
        public Ratio {
            if (!(minorityToMajority > 0 && minorityToMajority <= 1)) {
                throw new ConfigException("sampling ratio must be in (0, 1], got " + minorityToMajority);
            }
        }

        @Override
        public TargetCounts resolve(int[] counts, ClassNames names, SamplerKind kind) {
            ClassCounts cc = ClassCounts.check(counts, names);
            checkUsable(cc, kind);
            int[] out = counts.clone();
            if (kind == SamplerKind.OVER) {
                int major = cc.majority();
                int nMajor = counts[major];
                for (int c : cc.present()) {
                    if (c == major) {
                        continue;
                    }
                    int extra = (int) (nMajor * minorityToMajority - counts[c]);
                    if (extra < 0) {
                        throw new ConfigException("sampling ratio " + text() + " asks for (int) (" + nMajor + " * "
                                + text() + ") = " + (int) (nMajor * minorityToMajority) + " examples of class \""
                                + names.name(c) + "\", fewer than its " + counts[c]
                                + "; an over-sampler cannot remove examples");
                    }
                    out[c] = counts[c] + extra;
                }
            } else {
                int minor = cc.minority();
                int nMinor = counts[minor];
                for (int c : cc.present()) {
                    if (c == minor) {
                        continue;
                    }
                    int keep = (int) (nMinor / minorityToMajority);
                    if (keep > counts[c]) {
                        throw new ConfigException("sampling ratio " + text() + " asks for (int) (" + nMinor + " / "
                                + text() + ") = " + keep + " examples of class \"" + names.name(c)
                                + "\", more than its " + counts[c] + "; an under-sampler cannot add examples");
                    }
                    out[c] = keep;
                }
            }
            return new TargetCounts(out);
        }

        @Override
        public boolean[] selects(int[] counts, ClassNames names, SamplerKind kind) {
            ClassCounts cc = ClassCounts.check(counts, names);
            checkUsable(cc, kind);
            int keep = kind == SamplerKind.OVER ? cc.majority() : cc.minority();
            boolean[] out = new boolean[counts.length];
            for (int c : cc.present()) {
                out[c] = c != keep;
            }
            return out;
        }

        private void checkUsable(ClassCounts cc, SamplerKind kind) {
            if (kind == SamplerKind.CLEAN) {
                throw new ConfigException("sampling ratio " + text() + " cannot drive a cleaning sampler, whose "
                        + "counts depend on the data; use a named strategy such as auto or all");
            }
            if (cc.present().length != 2) {
                throw new ConfigException("sampling ratio " + text() + " needs exactly two classes, found "
                        + cc.present().length + " (" + cc.presentNames()
                        + "); use per-class counts or a named strategy");
            }
        }

        @Override
        public String text() {
            return StrategyText.number(minorityToMajority);
        }
    }

    /**
     * The final number of examples of each named class; classes not named keep their count. An
     * over-sampler may only raise a count and an under-sampler only lower it. Cleaning samplers do not
     * take counts. Names are class names (for a CSV with labels 0 and 1, the names are "0" and "1").
     */
    record Counts(Map<String, Integer> perClass) implements SamplingStrategy {
        public Counts {
            if (perClass.isEmpty()) {
                throw new ConfigException("sampling counts name no class");
            }
            Map<String, Integer> copy = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> e : perClass.entrySet()) {
                if (e.getKey() == null || e.getKey().isBlank()) {
                    throw new ConfigException("sampling counts contain an empty class name");
                }
                if (e.getValue() == null || e.getValue() < 0) {
                    throw new ConfigException("sampling count of class \"" + e.getKey()
                            + "\" must be zero or more, got " + e.getValue());
                }
                copy.put(e.getKey(), e.getValue());
            }
            perClass = Collections.unmodifiableMap(copy);
        }

        @Override
        public TargetCounts resolve(int[] counts, ClassNames names, SamplerKind kind) {
            ClassCounts.check(counts, names);
            Map<Integer, Integer> wanted = indexed(names, kind);
            int[] out = counts.clone();
            for (Map.Entry<Integer, Integer> e : wanted.entrySet()) {
                int c = e.getKey();
                int n = e.getValue();
                String name = names.name(c);
                if (kind == SamplerKind.OVER) {
                    if (n < counts[c]) {
                        throw new ConfigException("class \"" + name + "\" has " + counts[c]
                                + " examples; an over-sampler cannot lower it to " + n);
                    }
                    if (n > 0 && counts[c] == 0) {
                        throw new ConfigException("class \"" + name + "\" has no training examples to over-sample"
                                + " (asked for " + n + ")");
                    }
                } else if (n > counts[c]) {
                    throw new ConfigException("class \"" + name + "\" has " + counts[c]
                            + " examples; an under-sampler cannot raise it to " + n);
                }
                out[c] = n;
            }
            return new TargetCounts(out);
        }

        @Override
        public boolean[] selects(int[] counts, ClassNames names, SamplerKind kind) {
            ClassCounts.check(counts, names);
            boolean[] out = new boolean[counts.length];
            for (int c : indexed(names, kind).keySet()) {
                out[c] = true;
            }
            return out;
        }

        /** Class index to count; unknown names and cleaning samplers are rejected. */
        private Map<Integer, Integer> indexed(ClassNames names, SamplerKind kind) {
            List<String> unknown = new ArrayList<>();
            Map<Integer, Integer> out = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> e : perClass.entrySet()) {
                int c = names.indexOf(e.getKey());
                if (c < 0) {
                    unknown.add("\"" + e.getKey() + "\"");
                } else {
                    out.put(c, e.getValue());
                }
            }
            if (!unknown.isEmpty()) {
                throw new ConfigException("unknown class " + String.join(", ", unknown)
                        + " in sampling counts; the classes are " + ClassCounts.quoted(names.names()));
            }
            if (kind == SamplerKind.CLEAN) {
                throw new ConfigException("sampling counts " + text() + " cannot drive a cleaning sampler, whose "
                        + "counts depend on the data; use a named strategy such as auto or all");
            }
            return out;
        }

        @Override
        public String text() {
            StringBuilder b = new StringBuilder();
            for (Map.Entry<String, Integer> e : perClass.entrySet()) {
                if (b.length() > 0) {
                    b.append(',');
                }
                b.append(e.getKey()).append(':').append(e.getValue());
            }
            return b.toString();
        }
    }

    /**
     * imbalanced-learn's named strategies. The selected classes are brought up to the majority count by an
     * over-sampler, and down to the minority count by an under-sampler (a cleaning sampler cleans them):
     *
     * <table>
     *   <caption>Selected classes</caption>
     *   <tr><th>name</th><th>OVER</th><th>UNDER and CLEAN</th></tr>
     *   <tr><td>AUTO</td><td>as NOT_MAJORITY</td><td>as NOT_MINORITY</td></tr>
     *   <tr><td>MINORITY</td><td>the minority class</td><td>rejected (ConfigException), as in
     *       imbalanced-learn: lowering the minority to its own count would do nothing</td></tr>
     *   <tr><td>NOT_MAJORITY</td><td>all but the majority</td><td>all but the majority</td></tr>
     *   <tr><td>NOT_MINORITY</td><td>all but the minority</td><td>all but the minority</td></tr>
     *   <tr><td>ALL</td><td>every class</td><td>every class</td></tr>
     * </table>
     *
     * Example, counts 50 / 20 / 5: OVER with AUTO gives 50 / 50 / 50; UNDER with AUTO gives 50 → 5,
     * 20 → 5, i.e. 5 / 5 / 5; UNDER with NOT_MAJORITY gives 50 / 5 / 5.
     */
    enum Named implements SamplingStrategy {
        AUTO, MINORITY, NOT_MAJORITY, NOT_MINORITY, ALL;

        @Override
        public TargetCounts resolve(int[] counts, ClassNames names, SamplerKind kind) {
            boolean[] chosen = selects(counts, names, kind);
            int[] out = counts.clone();
            if (kind != SamplerKind.CLEAN) {
                ClassCounts cc = ClassCounts.check(counts, names);
                int level = kind == SamplerKind.OVER ? counts[cc.majority()] : counts[cc.minority()];
                for (int c = 0; c < out.length; c++) {
                    if (chosen[c]) {
                        out[c] = level;
                    }
                }
            }
            return new TargetCounts(out);
        }

        @Override
        public boolean[] selects(int[] counts, ClassNames names, SamplerKind kind) {
            ClassCounts cc = ClassCounts.check(counts, names);
            Named effective = this;
            if (this == AUTO) {
                effective = kind == SamplerKind.OVER ? NOT_MAJORITY : NOT_MINORITY;
            }
            if (effective == MINORITY && kind != SamplerKind.OVER) {
                throw new ConfigException("sampling strategy minority only works with an over-sampler; an "
                        + (kind == SamplerKind.UNDER ? "under" : "cleaning")
                        + "-sampler would leave the minority as it is (try not-minority)");
            }
            boolean[] out = new boolean[counts.length];
            for (int c : cc.present()) {
                out[c] = switch (effective) {
                    case MINORITY -> c == cc.minority();
                    case NOT_MAJORITY -> c != cc.majority();
                    case NOT_MINORITY -> c != cc.minority();
                    case ALL -> true;
                    case AUTO -> throw new AssertionError(this);
                };
            }
            return out;
        }

        @Override
        public String text() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
