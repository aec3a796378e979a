package org.rebalance.cli.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The study's closing table: per step and strategy, the test-part sensitivity, specificity,
 * balanced accuracy and ROC-AUC as mean ± SD over seeds, and on how many seeds a strategy's balanced
 * accuracy beat "none" of the same step.
 */
final class StudySummary {
    private final List<AmesStudy.Outcome> outcomes;

    StudySummary(List<AmesStudy.Outcome> outcomes) {
        this.outcomes = List.copyOf(outcomes);
    }

    String table() {
        Map<String, List<AmesStudy.Outcome>> groups = new LinkedHashMap<>();
        for (AmesStudy.Outcome o : outcomes) {
            groups.computeIfAbsent(o.step() + "\t" + o.strategy(), k -> new ArrayList<>()).add(o);
        }
        int seeds = (int) outcomes.stream().mapToInt(AmesStudy.Outcome::seed).distinct().count();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "==== summary: test part, threshold 0.5, mean ± SD over %d seed%s%n", seeds,
                seeds == 1 ? "" : "s"));
        s.append(String.format(Locale.ROOT, "%-12s %-24s %-13s %-13s %-13s %-13s %-9s %7s%n", "step", "strategy",
                "sensitivity", "specificity", "bal. acc.", "ROC-AUC", "beats none", "train s"));
        for (List<AmesStudy.Outcome> g : groups.values()) {
            AmesStudy.Outcome first = g.get(0);
            s.append(String.format(Locale.ROOT, "%-12s %-24s %-13s %-13s %-13s %-13s %-9s %7.1f%n", first.step(),
                    first.strategy(), meanSd(g, r -> r.sensitivity()), meanSd(g, r -> r.specificity()),
                    meanSd(g, r -> r.balancedAccuracy()), meanSd(g, r -> r.rocAuc()), beats(g),
                    mean(g, r -> r.seconds())));
        }
        return s.toString();
    }

    /** "2/3": seeds on which this strategy's test balanced accuracy beat "none" of its step. */
    private String beats(List<AmesStudy.Outcome> g) {
        AmesStudy.Outcome first = g.get(0);
        if (first.strategy().equals("none") || first.step().startsWith("1.")) {
            return "";
        }
        int wins = 0;
        for (AmesStudy.Outcome o : g) {
            for (AmesStudy.Outcome base : outcomes) {
                if (base.step().equals(o.step()) && base.strategy().equals("none") && base.seed() == o.seed()
                        && o.result().balancedAccuracy() > base.result().balancedAccuracy()) {
                    wins++;
                }
            }
        }
        return wins + "/" + g.size();
    }

    private static String meanSd(List<AmesStudy.Outcome> g, ToDoubleFunction<AmesStudy.RunResultSummary> f) {
        double m = mean(g, f);
        if (g.size() < 2) {
            return String.format(Locale.ROOT, "%.3f", m);
        }
        double ss = 0;
        for (AmesStudy.Outcome o : g) {
            double d = f.applyAsDouble(o.result()) - m;
            ss += d * d;
        }
        return String.format(Locale.ROOT, "%.3f±%.3f", m, Math.sqrt(ss / (g.size() - 1)));
    }

    private static double mean(List<AmesStudy.Outcome> g, ToDoubleFunction<AmesStudy.RunResultSummary> f) {
        double sum = 0;
        for (AmesStudy.Outcome o : g) {
            sum += f.applyAsDouble(o.result());
        }
        return sum / g.size();
    }
}
