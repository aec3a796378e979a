package org.rebalance.cli.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.rebalance.cli.report.ConsoleTables;
import org.rebalance.core.metrics.Metric;
import org.rebalance.core.stats.Holm;
import org.rebalance.core.stats.PairedComparison;
import org.rebalance.core.stats.Summary;

/**
 * One test metric over the repeats of an experiment: mean, SD and bootstrap 95 % interval per
 * strategy, and each strategy against the baseline (paired over seeds: Wilcoxon signed-rank and
 * t-test, Wilcoxon p-values Holm-corrected across the comparisons). Reads results only.
 */
public record ExperimentSummary(Metric metric, String baseline, List<Row> rows) {
    /** One strategy's line; {@code comparison} is null for the baseline. */
    /**
     * @param convergence mean over the strategy's cells of the best epoch (epochs to reach the best validation
     *     metric), the epochs run, and the training seconds
     */
    public record Row(String strategy, Summary summary, PairedComparison comparison, Convergence convergence) {
    }

    /** How fast a strategy's networks converge, averaged over its cells (NaN without cells). */
    public record Convergence(double bestEpoch, double epochsRun, double seconds) {
        static Convergence of(List<JsonNode> lines, String strategy) {
            double best = 0;
            double run = 0;
            double seconds = 0;
            int n = 0;
            for (JsonNode l : lines) {
                if (l.get("strategy").asText().equals(strategy) && l.has("best_epoch")) {
                    best += l.get("best_epoch").asDouble();
                    run += l.has("epochs_run") ? l.get("epochs_run").asDouble() : Double.NaN;
                    seconds += l.has("train_seconds") ? l.get("train_seconds").asDouble() : Double.NaN;
                    n++;
                }
            }
            return n == 0 ? new Convergence(Double.NaN, Double.NaN, Double.NaN)
                    : new Convergence(best / n, run / n, seconds / n);
        }
    }

    public static ExperimentSummary of(List<JsonNode> lines, List<String> strategies, List<Long> seeds, Metric metric,
            String baseline) {
        Map<String, double[]> values = new LinkedHashMap<>();
        for (String s : strategies) {
            double[] v = new double[seeds.size()];
            java.util.Arrays.fill(v, Double.NaN);
            values.put(s, v);
        }
        for (JsonNode line : lines) {
            double[] v = values.get(line.get("strategy").asText());
            int at = seeds.indexOf(line.get("seed").asLong());
            JsonNode x = line.get("test").get(metric.key());
            if (v != null && at >= 0 && x != null && !x.isNull()) {
                v[at] = x.asDouble();
            }
        }
        List<PairedComparison> comparisons = new ArrayList<>();
        double[] base = values.get(baseline);
        for (String s : strategies) {
            if (!s.equals(baseline)) {
                double[][] paired = paired(values.get(s), base);
                comparisons.add(PairedComparison.of(s, paired[0], baseline, paired[1]));
            }
        }
        double[] p = comparisons.stream().mapToDouble(PairedComparison::wilcoxonP).toArray();
        double[] adjusted = Holm.adjust(p);
        List<Row> rows = new ArrayList<>();
        int c = 0;
        for (String s : strategies) {
            double[] present = java.util.Arrays.stream(values.get(s)).filter(x -> !Double.isNaN(x)).toArray();
            Summary summary = Summary.of(present, new SplittableRandom(s.hashCode()), 2000);
            PairedComparison comparison = s.equals(baseline) ? null : comparisons.get(c).withHolm(adjusted[c++]);
            rows.add(new Row(s, summary, comparison, Convergence.of(lines, s)));
        }
        return new ExperimentSummary(metric, baseline, rows);
    }

    private static double[][] paired(double[] a, double[] b) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                pairs.add(new double[] {a[i], b[i]});
            }
        }
        double[][] out = new double[2][pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            out[0][i] = pairs.get(i)[0];
            out[1][i] = pairs.get(i)[1];
        }
        return out;
    }

    /** The table printed by {@code compare}. */
    public String table() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "test %s over repeats; paired tests against \"%s\"%n", metric.key(),
                baseline));
        s.append(String.format(Locale.ROOT, "%-26s %4s %8s %8s %17s %9s %10s %10s %10s%n", "strategy", "n", "mean",
                "sd", "95% CI", "diff", "wilcoxon p", "t-test p", "holm p"));
        for (Row r : rows) {
            Summary m = r.summary();
            String ci = "[" + ConsoleTables.format(m.ciLow()) + ", " + ConsoleTables.format(m.ciHigh()) + "]";
            PairedComparison c = r.comparison();
            s.append(String.format(Locale.ROOT, "%-26s %4d %8s %8s %17s %9s %10s %10s %10s%n", r.strategy(), m.n(),
                    ConsoleTables.format(m.mean()), ConsoleTables.format(m.sd()), ci,
                    c == null ? "" : signed(c.meanDifference()), c == null ? "" : ConsoleTables.format(c.wilcoxonP()),
                    c == null ? "" : ConsoleTables.format(c.tTestP()),
                    c == null ? "" : ConsoleTables.format(c.holmWilcoxonP())));
        }
        return s.toString();
    }

    /** The best strategy by mean, and whether its lead over the baseline is significant (Holm p < 0.05). */
    public String verdict() {
        Row best = rows.get(0);
        for (Row r : rows) {
            double v = r.summary().mean();
            double b = best.summary().mean();
            if (!Double.isNaN(v) && (Double.isNaN(b) || (metric.higherIsBetter() ? v > b : v < b))) {
                best = r;
            }
        }
        if (best.comparison() == null) {
            return String.format(Locale.ROOT, "verdict: the baseline \"%s\" has the best mean test %s (%s).%n",
                    best.strategy(), metric.key(), ConsoleTables.format(best.summary().mean()));
        }
        boolean significant = best.comparison().holmWilcoxonP() < 0.05;
        String few = best.comparison().n() <= 5
                ? String.format(Locale.ROOT, "  With %d repeats a two-sided Wilcoxon test cannot go below p = %s; "
                        + "run at least 6 seeds to be able to show a difference.%n", best.comparison().n(),
                        ConsoleTables.format(2.0 / Math.pow(2, best.comparison().n())))
                : "";
        return few.isEmpty() ? verdictLine(best, significant) : verdictLine(best, significant) + few;
    }

    private String verdictLine(Row best, boolean significant) {
        return String.format(Locale.ROOT, "verdict: \"%s\" has the best mean test %s (%s, %s the baseline by %s); the "
                + "lead is %s (Holm-corrected Wilcoxon p = %s over %d paired repeats).%n", best.strategy(), metric.key(),
                ConsoleTables.format(best.summary().mean()), best.comparison().meanDifference() >= 0 ? "above" : "below",
                ConsoleTables.format(Math.abs(best.comparison().meanDifference())),
                significant ? "significant" : "not significant", ConsoleTables.format(best.comparison().holmWilcoxonP()),
                best.comparison().n());
    }

    private static String signed(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%+.3f", v);
    }
}
