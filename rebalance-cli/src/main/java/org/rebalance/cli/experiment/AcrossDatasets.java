package org.rebalance.cli.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rebalance.cli.report.ConsoleTables;
import org.rebalance.core.metrics.Metric;
import org.rebalance.core.stats.Friedman;

/**
 * Strategies compared across data sets: each strategy's mean test metric per data set (over seeds),
 * the Friedman test over the data sets and Nemenyi's critical difference of average ranks (Demšar
 * 2006). Data sets missing a strategy's results are left out of the test.
 *
 * @param strategies strategy names in file order
 * @param datasets the data sets used (complete ones)
 * @param means means[d][s]: data set d, strategy s
 * @param test the Friedman test, or null with fewer than two complete data sets
 */
public record AcrossDatasets(Metric metric, List<String> strategies, List<String> datasets, double[][] means,
        Friedman test) {

    /** One data set's summary, as input. */
    public record DatasetSummary(String name, ExperimentSummary summary) {
    }

    public static AcrossDatasets of(List<DatasetSummary> sections, Metric metric) {
        List<String> strategies = sections.get(0).summary().rows().stream().map(ExperimentSummary.Row::strategy).toList();
        List<String> names = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (DatasetSummary d : sections) {
            double[] row = new double[strategies.size()];
            boolean complete = true;
            for (int s = 0; s < strategies.size(); s++) {
                row[s] = d.summary().rows().get(s).summary().mean();
                complete &= !Double.isNaN(row[s]);
            }
            if (complete) {
                names.add(d.name());
                rows.add(row);
            }
        }
        double[][] means = rows.toArray(double[][]::new);
        Friedman test = means.length >= 2 ? Friedman.of(means, metric.higherIsBetter()) : null;
        return new AcrossDatasets(metric, strategies, List.copyOf(names), means, test);
    }

    /** The table printed by compare: mean per data set and strategy, then average ranks. */
    public String table() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "mean test %s per data set (rows) and strategy (columns)%n", metric.key()));
        s.append(String.format(Locale.ROOT, "%-20s", "data set"));
        for (String st : strategies) {
            s.append(String.format(Locale.ROOT, " %14s", clip(st)));
        }
        s.append('\n');
        for (int d = 0; d < datasets.size(); d++) {
            s.append(String.format(Locale.ROOT, "%-20s", clip(datasets.get(d))));
            for (double v : means[d]) {
                s.append(String.format(Locale.ROOT, " %14s", ConsoleTables.format(v)));
            }
            s.append('\n');
        }
        if (test != null) {
            s.append(String.format(Locale.ROOT, "%-20s", "average rank"));
            for (double r : test.averageRanks()) {
                s.append(String.format(Locale.ROOT, " %14.2f", r));
            }
            s.append('\n');
        }
        return s.toString();
    }

    /** The across-data-sets verdict: the best average rank, the Friedman p-value and who differs by Nemenyi. */
    public String verdict() {
        if (test == null) {
            return "across data sets: fewer than two data sets have results for every strategy; no Friedman test.\n";
        }
        int best = 0;
        for (int s = 1; s < strategies.size(); s++) {
            if (test.averageRanks()[s] < test.averageRanks()[best]) {
                best = s;
            }
        }
        List<String> worse = new ArrayList<>();
        for (int s = 0; s < strategies.size(); s++) {
            if (s != best && test.differ(best, s)) {
                worse.add(strategies.get(s));
            }
        }
        StringBuilder v = new StringBuilder(String.format(Locale.ROOT,
                "across %d data sets: \"%s\" has the best average rank (%.2f); Friedman chi-square %.2f, p = %s "
                        + "(Iman-Davenport F p = %s). ", test.datasets(), strategies.get(best),
                test.averageRanks()[best], test.chiSquare(), ConsoleTables.format(test.chiSquareP()),
                ConsoleTables.format(test.imanDavenportP())));
        if (Double.isNaN(test.criticalDifference())) {
            v.append("Nemenyi's critical difference is tabled for at most 10 strategies.\n");
        } else {
            v.append(String.format(Locale.ROOT, "Nemenyi critical difference (alpha 0.05): %.2f ranks; ",
                    test.criticalDifference()));
            v.append(worse.isEmpty() ? "no strategy ranks significantly below it.\n"
                    : "significantly below it: " + worse.stream().map(w -> "\"" + w + "\"")
                            .collect(java.util.stream.Collectors.joining(", ")) + ".\n");
            if (test.chiSquareP() >= 0.05) {
                v.append("  The Friedman test does not reject equal performance, so read the ranks as a tendency.\n");
            }
        }
        return v.toString();
    }

    private static String clip(String s) {
        return s.length() <= 14 ? s : s.substring(0, 13) + "…";
    }
}
