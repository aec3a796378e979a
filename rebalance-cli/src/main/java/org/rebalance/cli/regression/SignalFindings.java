package org.rebalance.cli.regression;

import static org.rebalance.cli.regression.SignalStudySummary.binsWhere;
import static org.rebalance.cli.regression.SignalStudySummary.f;
import static org.rebalance.cli.regression.SignalStudySummary.holm;
import static org.rebalance.cli.regression.SignalStudySummary.mean;
import static org.rebalance.cli.regression.SignalStudySummary.p;
import static org.rebalance.cli.regression.SignalStudySummary.paired;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.rebalance.cli.regression.SignalStudySummary.Row;
import org.rebalance.core.regression.ShotRegion;
import org.rebalance.core.stats.PairedComparison;

/**
 * The findings of a target-distribution study in sentences, each backed by a paired test over the seeds
 * (Wilcoxon signed-rank, Holm-corrected within its family; "significant" means adjusted p < 0.05): which
 * law trains best; whether every network beats the mean baseline; where each other law loses (bins it
 * saw rarely, bins it never saw); and how much each remedy recovers.
 */
final class SignalFindings {
    private static final double ALPHA = 0.05;

    private SignalFindings() {
    }

    static List<String> of(String reference, List<Row> rows) {
        List<String> out = new ArrayList<>();
        List<Row> plain = rows.stream().filter(r -> r.remedy().equals("none")).toList();
        if (plain.isEmpty()) {
            return out;
        }
        int fewest = rows.stream().mapToInt(r -> r.seeds().length).min().orElse(0);
        if (fewest < 6) {
            // the exact two-sided Wilcoxon p-value of n pairs is at least 2 / 2^n
            out.add(String.format(Locale.ROOT, "With %d repeats a two-sided Wilcoxon test cannot go below p = %s, so "
                    + "nothing below can be significant; run at least 6 seeds (the shipped study runs 10).", fewest,
                    p(2.0 / Math.pow(2, fewest))));
        }
        best(plain, reference, out);
        baseline(rows, out);
        Row ref = plain.stream().filter(r -> r.law().equals(reference)).findFirst().orElse(null);
        if (ref != null) {
            for (Row r : plain) {
                if (r != ref) {
                    whereItLoses(r, ref, out);
                }
            }
            remedies(rows, plain, ref, out);
        }
        return out;
    }

    private static void best(List<Row> plain, String reference, List<String> out) {
        Row best = plain.stream().min(Comparator.comparingDouble(r -> r.mseSummary().mean())).orElseThrow();
        List<PairedComparison> family = new ArrayList<>();
        for (Row r : plain) {
            if (r != best) {
                double[][] v = paired(r, r.mse(), best, best.mse());
                family.add(PairedComparison.of(r.law(), v[0], best.law(), v[1]));
            }
        }
        family = holm(family);
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "Training on %s gives the lowest test MSE (%s, 95%% CI %s to %s)", best.law(), f(best.mseSummary().mean()),
                f(best.mseSummary().ciLow()), f(best.mseSummary().ciHigh())));
        List<String> notSignificant = family.stream().filter(c -> !(c.holmWilcoxonP() < ALPHA))
                .map(PairedComparison::strategy).toList();
        if (family.isEmpty()) {
            s.append('.');
        } else if (notSignificant.isEmpty()) {
            s.append(String.format(Locale.ROOT, "; every other law is significantly worse (Holm p <= %s).",
                    p(family.stream().mapToDouble(PairedComparison::holmWilcoxonP).max().orElse(Double.NaN))));
        } else {
            s.append("; its lead over ").append(String.join(", ", notSignificant)).append(" is not significant.");
        }
        s.append(best.law().equals(reference) ? " The reference law is best, as expected."
                : " The reference law " + reference + " is not the best: the expected shape is refuted here.");
        if (plain.size() > 2) {
            Row worst = plain.stream().max(Comparator.comparingDouble(r -> r.mseSummary().mean())).orElseThrow();
            s.append(String.format(Locale.ROOT, " The worst is %s (%s).", worst.law(), f(worst.mseSummary().mean())));
        }
        out.add(s.toString());
    }

    private static void baseline(List<Row> rows, List<String> out) {
        List<PairedComparison> family = new ArrayList<>();
        for (Row r : rows) {
            family.add(PairedComparison.of(r.name(), r.mse(), "mean baseline", r.baselineMse()));
        }
        family = holm(family);
        List<String> failing = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PairedComparison c = family.get(i);
            if (!(c.meanDifference() < 0 && c.holmWilcoxonP() < ALPHA)) {
                failing.add(rows.get(i).name());
            }
        }
        double baseMse = mean(rows.get(0).baselineMse());
        if (failing.isEmpty()) {
            out.add(String.format(Locale.ROOT, "All %d networks beat the mean baseline (MSE %s), each significantly "
                    + "(Holm p <= %s).", rows.size(), f(baseMse),
                    p(family.stream().mapToDouble(PairedComparison::holmWilcoxonP).max().orElse(Double.NaN))));
        } else {
            out.add("Not significantly better than the mean baseline (MSE " + f(baseMse) + "): "
                    + String.join(", ", failing) + ".");
        }
    }

    private static void whereItLoses(Row r, Row ref, List<String> out) {
        double[][] all = paired(r, r.mse(), ref, ref.mse());
        PairedComparison overall = PairedComparison.of(r.law(), all[0], ref.law(), all[1]);
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s: test MSE %s against %s for %s (Wilcoxon p %s)",
                r.law(), f(mean(all[0])), f(mean(all[1])), ref.law(), p(overall.wilcoxonP())));
        boolean[] unseen = binsWhere(r, ShotRegion.FEW, true);
        boolean[] rare = binsWhere(r, ShotRegion.FEW, false);
        for (int b = 0; b < rare.length; b++) {
            rare[b] &= !unseen[b];
        }
        region(s, "on targets it saw rarely", r, ref, rare);
        region(s, "on targets it never saw", r, ref, unseen);
        out.add(s.append('.').toString());
    }

    private static void region(StringBuilder s, String what, Row r, Row ref, boolean[] bins) {
        if (!any(bins)) {
            return;
        }
        double[][] v = paired(r, r.pooledMse(bins), ref, ref.pooledMse(bins));
        if (v[0].length == 0) {
            return;
        }
        PairedComparison c = PairedComparison.of(r.law(), v[0], ref.law(), v[1]);
        s.append(String.format(Locale.ROOT, "; %s (%s) MSE %s against %s (p %s)", what, ranges(r, bins), f(mean(v[0])),
                f(mean(v[1])), p(c.wilcoxonP())));
    }

    private static void remedies(List<Row> rows, List<Row> plain, Row ref, List<String> out) {
        List<Row> remedied = rows.stream().filter(r -> !r.remedy().equals("none")).toList();
        if (remedied.isEmpty()) {
            return;
        }
        List<PairedComparison> family = new ArrayList<>();
        List<Row> bases = new ArrayList<>();
        for (Row r : remedied) {
            Row base = plain.stream().filter(x -> x.law().equals(r.law())).findFirst().orElseThrow();
            double[][] v = paired(r, r.mse(), base, base.mse());
            family.add(PairedComparison.of(r.name(), v[0], base.name(), v[1]));
            bases.add(base);
        }
        family = holm(family);
        for (int i = 0; i < remedied.size(); i++) {
            Row r = remedied.get(i);
            Row base = bases.get(i);
            PairedComparison c = family.get(i);
            double gap = base.mseSummary().mean() - ref.mseSummary().mean();
            double recovered = gap > 0 ? (base.mseSummary().mean() - r.mseSummary().mean()) / gap : Double.NaN;
            String verdict = c.holmWilcoxonP() < ALPHA ? (c.meanDifference() < 0 ? "significantly better" : "significantly worse")
                    : "no significant change";
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s on %s: test MSE %s against %s without it, %s "
                    + "(Holm p %s)", r.remedy(), r.law(), f(r.mseSummary().mean()), f(base.mseSummary().mean()), verdict,
                    p(c.holmWilcoxonP())));
            if (Double.isFinite(recovered)) {
                s.append(String.format(Locale.ROOT, ", %.0f%% of the gap to %s recovered", 100 * recovered, ref.law()));
            }
            boolean[] rare = binsWhere(base, ShotRegion.FEW, false);
            if (any(rare)) {
                double[][] v = paired(r, r.pooledMse(rare), base, base.pooledMse(rare));
                s.append(String.format(Locale.ROOT, "; on the targets %s saw rarely or never MSE %s against %s", r.law(), f(mean(v[0])),
                        f(mean(v[1]))));
            }
            out.add(s.append('.').toString());
        }
    }

    private static boolean any(boolean[] b) {
        for (boolean x : b) {
            if (x) {
                return true;
            }
        }
        return false;
    }

    /** The selected bins as merged ranges, e.g. "[1, 3) and [8, 10]". */
    static String ranges(Row r, boolean[] bins) {
        List<String> parts = new ArrayList<>();
        int b = 0;
        while (b < bins.length) {
            if (!bins[b]) {
                b++;
                continue;
            }
            int start = b;
            while (b + 1 < bins.length && bins[b + 1]) {
                b++;
            }
            parts.add("[" + trim(r.binLow()[start]) + ", " + trim(r.binHigh()[b]) + (b == bins.length - 1 ? "]" : ")"));
            b++;
        }
        return String.join(" and ", parts);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
