package org.rebalance.cli.report;

import java.util.List;
import java.util.Locale;
import org.rebalance.core.metrics.ConfusionMatrix;
import org.rebalance.core.metrics.Evaluation;
import org.rebalance.core.metrics.Metric;

/**
 * Compares strategies run on the same split: a table of their test metrics and a verdict. The
 * winner is chosen on the validation part (by the selection metric), never on the test part, and
 * the verdict then reports its test numbers against the untreated baseline.
 */
public final class StrategyComparison {
    /** One strategy's validation and test evaluations (binary). */
    public record Entry(String strategy, Evaluation valid, Evaluation test, double seconds) {
    }

    private static final List<Metric> COLUMNS = List.of(Metric.SENSITIVITY, Metric.SPECIFICITY,
            Metric.BALANCED_ACCURACY, Metric.F1, Metric.MCC, Metric.ROC_AUC, Metric.PR_AUC);

    private final List<Entry> entries;
    private final Metric selectBy;

    public StrategyComparison(List<Entry> entries, Metric selectBy) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare");
        }
        this.entries = List.copyOf(entries);
        this.selectBy = selectBy;
    }

    /** The entry with the best validation value of the selection metric (first one on ties). */
    public Entry best() {
        Entry best = entries.get(0);
        for (Entry e : entries) {
            double v = e.valid().get(selectBy);
            double b = best.valid().get(selectBy);
            if (!Double.isNaN(v) && (Double.isNaN(b) || (selectBy.higherIsBetter() ? v > b : v < b))) {
                best = e;
            }
        }
        return best;
    }

    /** Test metrics, one row per strategy, with the positives found out of all positives. */
    public String table() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%-14s %9s", "test part", "found"));
        for (Metric m : COLUMNS) {
            s.append(String.format(Locale.ROOT, " %8s", m.displayName()));
        }
        s.append(String.format(Locale.ROOT, " %8s%n", "train s"));
        for (Entry e : entries) {
            ConfusionMatrix c = e.test().confusion();
            s.append(String.format(Locale.ROOT, "%-14s %9s", e.strategy(), c.truePositives(1) + "/" + c.rowTotal(1)));
            for (Metric m : COLUMNS) {
                s.append(String.format(Locale.ROOT, " %8s", ConsoleTables.format(e.test().get(m))));
            }
            s.append(String.format(Locale.ROOT, " %8.1f%n", e.seconds()));
        }
        return s.toString();
    }

    /** A few sentences naming the winner and what it buys on the test part. */
    public String verdict(String baselineName) {
        Entry best = best();
        Entry base = entries.stream().filter(e -> e.strategy().equals(baselineName)).findFirst().orElse(entries.get(0));
        ConfusionMatrix bt = best.test().confusion();
        ConfusionMatrix nt = base.test().confusion();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "verdict: \"%s\" is best on the validation part (%s %s).%n",
                best.strategy(), selectBy.key(), ConsoleTables.format(best.valid().get(selectBy))));
        s.append(String.format(Locale.ROOT,
                "  On the untouched test part it finds %d of %d rare cases (sensitivity %s, specificity %s); "
                        + "\"%s\" finds %d (sensitivity %s, specificity %s).%n",
                bt.truePositives(1), bt.rowTotal(1), ConsoleTables.format(best.test().get(Metric.SENSITIVITY)),
                ConsoleTables.format(best.test().get(Metric.SPECIFICITY)), base.strategy(), nt.truePositives(1),
                ConsoleTables.format(base.test().get(Metric.SENSITIVITY)),
                ConsoleTables.format(base.test().get(Metric.SPECIFICITY))));
        s.append(String.format(Locale.ROOT, "  It raises %d false alarms where \"%s\" raises %d.%n",
                bt.falsePositives(1), base.strategy(), nt.falsePositives(1)));
        double rocSpread = spread(Metric.ROC_AUC);
        if (rocSpread < 0.02) {
            s.append(String.format(Locale.ROOT, "  Test ROC-AUC differs by only %.3f across strategies: they rank "
                    + "cases alike and mostly move the decision threshold, so a threshold tuned on the validation "
                    + "part (--threshold max-youden) is a cheap alternative.%n", rocSpread));
        }
        return s.toString();
    }

    private double spread(Metric m) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Entry e : entries) {
            double v = e.test().get(m);
            if (!Double.isNaN(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return hi - lo;
    }
}
