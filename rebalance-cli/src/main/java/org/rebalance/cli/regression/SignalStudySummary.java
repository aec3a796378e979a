package org.rebalance.cli.regression;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.rebalance.core.regression.ShotRegion;
import org.rebalance.core.regression.ShotRegion.ShotThresholds;
import org.rebalance.core.stats.Holm;
import org.rebalance.core.stats.PairedComparison;
import org.rebalance.core.stats.Summary;

/**
 * What a target-distribution study found, from its results lines: per cell (law, remedy) the test errors
 * over seeds with bootstrap intervals, the errors per target bin, paired tests (against the mean
 * baseline, against the reference law, and each remedy against no remedy on its law, Holm-corrected within
 * each family), and the findings in sentences, the answer first.
 *
 * @param rows one row per cell, in study order (each law with none, then its remedies)
 * @param findings the verdict, one finding per sentence
 */
public record SignalStudySummary(String reference, List<Row> rows, List<String> findings) {
    private static final int RESAMPLES = 2000;

    /**
     * One cell over its seeds.
     *
     * @param seeds the seeds present, in study order
     * @param mse test mean squared error per seed
     * @param baselineMse the mean baseline's test MSE per seed
     * @param binMse mean over seeds of each bin's test MSE
     * @param binMeanPrediction mean over seeds of each bin's mean prediction
     * @param binTrainCount mean over seeds of each bin's training count
     */
    public record Row(String law, String remedy, long[] seeds, double[] mse, double[] baselineMse, Summary mseSummary,
            Summary maeSummary, Summary balancedMseSummary, double r2, double[] binLow, double[] binHigh,
            double[] binMse, double[] binMeanPrediction, double[] binTrainCount, double[][] binMsePerSeed,
            double[][] binTestCountPerSeed, double bestEpoch) {
        public String name() {
            return remedy.equals("none") ? law : law + " + " + remedy;
        }

        /** Per seed, the test MSE pooled over the given bins (NaN where they hold no test example). */
        double[] pooledMse(boolean[] bins) {
            double[] out = new double[seeds.length];
            for (int s = 0; s < seeds.length; s++) {
                double sum = 0;
                double n = 0;
                for (int b = 0; b < bins.length; b++) {
                    if (bins[b] && binTestCountPerSeed[s][b] > 0) {
                        sum += binMsePerSeed[s][b] * binTestCountPerSeed[s][b];
                        n += binTestCountPerSeed[s][b];
                    }
                }
                out[s] = n > 0 ? sum / n : Double.NaN;
            }
            return out;
        }
    }

    public static SignalStudySummary of(SignalStudyConfig config, List<JsonNode> lines) {
        List<Row> rows = new ArrayList<>();
        for (SignalStudyRunner.Cell c : new SignalStudyRunner(config).cells()) {
            List<JsonNode> mine = lines.stream().filter(l -> l.get("law").asText().equals(c.law())
                    && l.get("remedy").asText().equals(c.remedy().name())).toList();
            if (!mine.isEmpty()) {
                rows.add(row(c.law(), c.remedy().name(), mine));
            }
        }
        String reference = config.referenceLaw();
        return new SignalStudySummary(reference, rows, SignalFindings.of(reference, rows));
    }

    private static Row row(String law, String remedy, List<JsonNode> lines) {
        int n = lines.size();
        long[] seeds = new long[n];
        double[] mse = new double[n];
        double[] mae = new double[n];
        double[] balanced = new double[n];
        double[] base = new double[n];
        double r2 = 0;
        double bestEpoch = 0;
        int bins = lines.get(0).get("bins").size();
        double[] low = new double[bins];
        double[] high = new double[bins];
        double[] binMse = new double[bins];
        double[] binPred = new double[bins];
        double[] binTrain = new double[bins];
        double[][] perSeed = new double[n][bins];
        double[][] testCounts = new double[n][bins];
        int[] present = new int[bins];
        for (int i = 0; i < n; i++) {
            JsonNode l = lines.get(i);
            seeds[i] = l.get("seed").asLong();
            mse[i] = number(l.get("test").get("mse"));
            mae[i] = number(l.get("test").get("mae"));
            balanced[i] = number(l.get("test").get("balanced_mse"));
            base[i] = number(l.get("baseline").get("mse"));
            r2 += number(l.get("test").get("r2")) / n;
            bestEpoch += l.get("best_epoch").asDouble() / n;
            for (int b = 0; b < bins; b++) {
                JsonNode bin = l.get("bins").get(b);
                low[b] = bin.get("low").asDouble();
                high[b] = bin.get("high").asDouble();
                binTrain[b] += bin.get("train_count").asDouble() / n;
                testCounts[i][b] = bin.get("test_count").asDouble();
                perSeed[i][b] = number(bin.get("mse"));
                if (!Double.isNaN(perSeed[i][b])) {
                    binMse[b] += perSeed[i][b];
                    binPred[b] += number(bin.get("mean_prediction"));
                    present[b]++;
                }
            }
        }
        for (int b = 0; b < bins; b++) {
            binMse[b] = present[b] > 0 ? binMse[b] / present[b] : Double.NaN;
            binPred[b] = present[b] > 0 ? binPred[b] / present[b] : Double.NaN;
        }
        SplittableRandom rng = new SplittableRandom((law + "/" + remedy).hashCode());
        return new Row(law, remedy, seeds, mse, base, Summary.of(mse, rng, RESAMPLES), Summary.of(mae, rng, RESAMPLES),
                Summary.of(balanced, rng, RESAMPLES), r2, low, high, binMse, binPred, binTrain, perSeed, testCounts,
                bestEpoch);
    }

    static double number(JsonNode v) {
        return v == null || v.isNull() ? Double.NaN : v.asDouble();
    }

    /** The bins where a row's mean training count puts it in {@code region} (or with no training target at all). */
    static boolean[] binsWhere(Row r, ShotRegion region, boolean unseenOnly) {
        boolean[] out = new boolean[r.binTrainCount().length];
        ShotThresholds t = ShotThresholds.defaults();
        for (int b = 0; b < out.length; b++) {
            double c = r.binTrainCount()[b];
            out[b] = unseenOnly ? c < 1 : t.region((int) Math.round(c)) == region;
        }
        return out;
    }

    /** Values of {@code a} and {@code b} on the seeds both have (finite values only), paired. */
    static double[][] paired(Row a, double[] av, Row b, double[] bv) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < a.seeds().length; i++) {
            for (int j = 0; j < b.seeds().length; j++) {
                if (a.seeds()[i] == b.seeds()[j] && Double.isFinite(av[i]) && Double.isFinite(bv[j])) {
                    pairs.add(new double[] {av[i], bv[j]});
                }
            }
        }
        double[][] out = new double[2][pairs.size()];
        for (int k = 0; k < pairs.size(); k++) {
            out[0][k] = pairs.get(k)[0];
            out[1][k] = pairs.get(k)[1];
        }
        return out;
    }

    static PairedComparison compare(String name, double[] values, String otherName, double[] other) {
        return PairedComparison.of(name, values, otherName, other);
    }

    /** Holm-adjusts the Wilcoxon p-values of a family of comparisons. */
    static List<PairedComparison> holm(List<PairedComparison> family) {
        double[] p = family.stream().mapToDouble(PairedComparison::wilcoxonP).toArray();
        double[] adjusted = Holm.adjust(p);
        List<PairedComparison> out = new ArrayList<>();
        for (int i = 0; i < family.size(); i++) {
            out.add(family.get(i).withHolm(adjusted[i]));
        }
        return out;
    }

    static double mean(double[] v) {
        return Arrays.stream(v).filter(Double::isFinite).average().orElse(Double.NaN);
    }

    static String f(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : "%.3f", v);
    }

    static String p(double v) {
        return Double.isNaN(v) ? "n/a" : v < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** The rows trained without a remedy. */
    public List<Row> plainRows() {
        return rows.stream().filter(r -> r.remedy().equals("none")).toList();
    }
}
