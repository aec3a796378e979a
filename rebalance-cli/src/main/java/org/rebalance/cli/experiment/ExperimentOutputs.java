package org.rebalance.cli.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.rebalance.cli.report.ExperimentReport;
import org.rebalance.core.ConfigException;

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

    /** The compared arms' names in file order: the strategies, or "strategy @ model" with several models. */
    public static List<String> names(ExperimentConfig c) {
        return new ExperimentRunner(c, Path.of(".")).armNames();
    }

    /** The baseline's name, checked: with several models, a bare strategy name means it with the first model. */
    public static String baseline(ExperimentConfig c) {
        List<String> names = names(c);
        String b = c.baseline() == null ? names.get(0) : c.baseline();
        if (c.severalModels() && !b.contains(" @ ")) {
            b = b + " @ " + ExperimentConfig.modelName(c.modelList().get(0), 0);
        }
        if (!names.contains(b)) {
            throw new ConfigException("baseline \"" + b + "\" is not one of the strategies " + names);
        }
        return b;
    }

    /** The summary of each data set and, with several, the comparison across them. */
    public static ExperimentResults summarise(ExperimentConfig c, List<JsonNode> lines) {
        org.rebalance.core.metrics.Metric metric = new ExperimentRunner(c, Path.of(".")).metric();
        List<ExperimentConfig.DataConfig> dataSets = c.dataSets();
        boolean several = dataSets.size() > 1;
        List<ExperimentResults.Section> sections = new java.util.ArrayList<>();
        List<AcrossDatasets.DatasetSummary> named = new java.util.ArrayList<>();
        for (ExperimentConfig.DataConfig d : dataSets) {
            String name = d.displayName();
            List<JsonNode> mine = lines.stream().filter(l -> ResultsFile.datasetOf(l, name).equals(name)).toList();
            ExperimentSummary summary = ExperimentSummary.of(mine, names(c), c.seeds(), metric, baseline(c));
            sections.add(new ExperimentResults.Section(several ? name : null, summary, mine));
            named.add(new AcrossDatasets.DatasetSummary(name, summary));
        }
        return new ExperimentResults(sections, several ? AcrossDatasets.of(named, metric) : null);
    }

    /** Writes experiment.json, summary.json, results.csv and the report into {@code dir}. */
    public static ExperimentResults write(Path dir, ExperimentConfig c, List<JsonNode> lines) throws IOException {
        ExperimentResults results = summarise(c, lines);
        JSON.writeValue(dir.resolve(CONFIG).toFile(), c);
        if (results.across() == null) {
            JSON.writeValue(dir.resolve("summary.json").toFile(), results.sections().get(0).summary());
        } else {
            java.util.Map<String, Object> all = new java.util.LinkedHashMap<>();
            java.util.Map<String, Object> byName = new java.util.LinkedHashMap<>();
            for (ExperimentResults.Section s : results.sections()) {
                byName.put(s.name(), s.summary());
            }
            all.put("datasets", byName);
            all.put("across", results.across());
            JSON.writeValue(dir.resolve("summary.json").toFile(), all);
        }
        writeCsv(dir.resolve("results.csv"), lines, c.dataSets().get(0).displayName());
        ExperimentReport.write(dir, results);
        return results;
    }

    /** One row per cell: data set, strategy, seed, best epoch, seconds, then every valid_ and test_ metric. */
    static void writeCsv(Path file, List<JsonNode> lines, String singleDataset) throws IOException {
        List<String> metrics = org.rebalance.cli.report.MetricsJson.keys();
        List<String> header = new java.util.ArrayList<>(List.of("dataset", "strategy", "seed", "best_epoch",
                "train_seconds"));
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
                row.add(ResultsFile.datasetOf(line, singleDataset));
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
