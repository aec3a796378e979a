package org.rebalance.cli.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.rebalance.cli.report.ExperimentReport;
import org.rebalance.core.ConfigException;
import org.rebalance.core.strategy.Strategy;
import org.rebalance.core.strategy.StrategyDescription;

/**
 * What an experiment folder holds besides {@code results.jsonl}: the experiment file as read
 * ({@code experiment.json}, so the report can be rebuilt from the folder alone), {@code summary.json}
 * and the report. Everything here reads results; nothing trains.
 */
public final class ExperimentOutputs {
    public static final String CONFIG = "experiment.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExperimentOutputs() {
    }

    /** The strategies' names in file order. */
    public static List<String> names(ExperimentConfig c) {
        return c.strategies().stream().map(StrategyDescription::toStrategy).map(Strategy::name).toList();
    }

    /** The baseline's name, checked. */
    public static String baseline(ExperimentConfig c) {
        List<String> names = names(c);
        String b = c.baseline() == null ? names.get(0) : c.baseline();
        if (!names.contains(b)) {
            throw new ConfigException("baseline \"" + b + "\" is not one of the strategies " + names);
        }
        return b;
    }

    public static ExperimentSummary summarise(ExperimentConfig c, List<JsonNode> lines) {
        return ExperimentSummary.of(lines, names(c), c.seeds(), new ExperimentRunner(c, Path.of(".")).metric(),
                baseline(c));
    }

    /** Writes experiment.json, summary.json and the report into {@code dir}. */
    public static ExperimentSummary write(Path dir, ExperimentConfig c, List<JsonNode> lines) throws IOException {
        ExperimentSummary summary = summarise(c, lines);
        JSON.writeValue(dir.resolve(CONFIG).toFile(), c);
        JSON.writeValue(dir.resolve("summary.json").toFile(), summary);
        writeCsv(dir.resolve("results.csv"), lines);
        ExperimentReport.write(dir, summary, lines);
        return summary;
    }

    /** One row per cell: strategy, seed, best epoch, seconds, then every valid_ and test_ metric. */
    static void writeCsv(Path file, List<JsonNode> lines) throws IOException {
        List<String> metrics = org.rebalance.cli.report.MetricsJson.keys();
        List<String> header = new java.util.ArrayList<>(List.of("strategy", "seed", "best_epoch", "train_seconds"));
        for (String part : List.of("valid", "test")) {
            for (String m : metrics) {
                if (!m.equals("loss")) {
                    header.add(part + "_" + m);
                }
            }
        }
        try (java.io.BufferedWriter w = java.nio.file.Files.newBufferedWriter(file);
                org.apache.commons.csv.CSVPrinter csv = new org.apache.commons.csv.CSVPrinter(w,
                        org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new))
                                .setRecordSeparator('\n').build())) {
            for (JsonNode line : lines) {
                List<Object> row = new java.util.ArrayList<>();
                row.add(line.get("strategy").asText());
                row.add(line.get("seed").asLong());
                row.add(line.get("best_epoch").asInt());
                row.add(line.get("train_seconds").asDouble());
                for (String part : List.of("valid", "test")) {
                    for (String m : metrics) {
                        if (!m.equals("loss")) {
                            JsonNode v = line.get(part).get(m);
                            row.add(v == null || v.isNull() ? "" : v.asText());
                        }
                    }
                }
                csv.printRecord(row);
            }
        }
    }

    /** Reads the experiment file kept in an experiment folder. */
    public static ExperimentConfig readKept(Path dir) {
        return ExperimentConfig.read(dir.resolve(CONFIG));
    }
}
