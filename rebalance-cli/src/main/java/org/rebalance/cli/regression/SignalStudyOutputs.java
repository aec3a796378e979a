package org.rebalance.cli.regression;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rebalance.cli.report.MetricsJson;

/**
 * Everything a target-distribution study leaves in its folder besides {@code results.jsonl}: the study
 * file it ran ({@code study.json}, so that {@code rebalance report} can rebuild), {@code summary.json},
 * {@code results.csv} (one row per cell) and the report.
 */
public final class SignalStudyOutputs {
    /** The study file kept in the folder. */
    public static final String CONFIG = "study.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private SignalStudyOutputs() {
    }

    /** Writes the outputs and returns the console text: the findings, then the table. */
    public static String write(Path dir, SignalStudyConfig config, List<JsonNode> lines) throws IOException {
        SignalStudySummary s = SignalStudySummary.of(config, lines);
        JSON.writeValue(dir.resolve(CONFIG).toFile(), config);
        JSON.writeValue(dir.resolve("summary.json").toFile(), summaryJson(s));
        writeCsv(dir.resolve("results.csv"), lines);
        SignalStudyReport.write(dir, s, lines);
        return text(s);
    }

    /** True when {@code dir} holds a target-distribution study. */
    public static boolean isStudy(Path dir) {
        return Files.exists(dir.resolve(CONFIG));
    }

    public static SignalStudyConfig readKept(Path dir) {
        return SignalStudyConfig.read(dir.resolve(CONFIG));
    }

    static String text(SignalStudySummary s) {
        StringBuilder t = new StringBuilder();
        for (String f : s.findings()) {
            t.append("* ").append(f).append('\n');
        }
        t.append('\n');
        String format = "%-28s %3s %9s %8s %20s %8s %12s %7s %12s %10s%n";
        t.append(String.format(java.util.Locale.ROOT, format, (Object[]) new String[] {"training", "n", "test MSE", "sd",
            "95% CI", "MAE", "balanced MSE", "R²", "baseline MSE", "best epoch"}));
        for (SignalStudySummary.Row r : s.rows()) {
            t.append(String.format(java.util.Locale.ROOT, format, (Object[]) SignalStudyReport.cells(r)));
        }
        return t.toString();
    }

    private static Map<String, Object> summaryJson(SignalStudySummary s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reference", s.reference());
        out.put("findings", s.findings());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SignalStudySummary.Row r : s.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("law", r.law());
            m.put("remedy", r.remedy());
            m.put("n", r.mseSummary().n());
            m.put("test_mse", r.mseSummary());
            m.put("test_mae", r.maeSummary());
            m.put("test_balanced_mse", r.balancedMseSummary());
            m.put("test_r2_mean", MetricsJson.number(r.r2()));
            m.put("baseline_mse_mean", MetricsJson.number(SignalStudySummary.mean(r.baselineMse())));
            m.put("bin_low", r.binLow());
            m.put("bin_high", r.binHigh());
            m.put("bin_mse_mean", nulls(r.binMse()));
            m.put("bin_train_count_mean", r.binTrainCount());
            rows.add(m);
        }
        out.put("rows", rows);
        return out;
    }

    private static List<Object> nulls(double[] v) {
        List<Object> out = new ArrayList<>();
        for (double x : v) {
            out.add(MetricsJson.number(x));
        }
        return out;
    }

    private static void writeCsv(Path file, List<JsonNode> lines) throws IOException {
        List<String> metrics = List.of("mse", "rmse", "mae", "r2", "balanced_mse", "many_shot_mse", "medium_shot_mse",
                "few_shot_mse");
        List<String> header = new ArrayList<>(List.of("law", "remedy", "seed", "train_size", "best_epoch", "train_seconds"));
        for (String part : List.of("test", "baseline")) {
            for (String m : metrics) {
                header.add(part + "_" + m);
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(file);
                CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new))
                        .setRecordSeparator('\n').build())) {
            for (JsonNode l : lines) {
                List<Object> row = new ArrayList<>(List.of(l.get("law").asText(), l.get("remedy").asText(),
                        l.get("seed").asLong(), l.get("train_size").asInt(), l.get("best_epoch").asInt(),
                        l.get("train_seconds").asDouble()));
                for (String part : List.of("test", "baseline")) {
                    for (String m : metrics) {
                        JsonNode v = l.get(part).get(m);
                        row.add(v == null || v.isNull() ? "" : v.asText());
                    }
                }
                csv.printRecord(row);
            }
        }
    }
}
