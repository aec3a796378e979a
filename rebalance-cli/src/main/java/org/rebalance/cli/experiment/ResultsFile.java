package org.rebalance.cli.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The experiment's results as JSON Lines, one complete line per finished cell, appended as cells
 * finish. On reopening, a partial last line (an interrupted write) is dropped, so a restarted
 * experiment skips exactly the cells that finished.
 */
public final class ResultsFile {
    public static final String NAME = "results.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final List<JsonNode> lines = new ArrayList<>();

    private ResultsFile(Path file) {
        this.file = file;
    }

    public static ResultsFile open(Path dir) {
        ResultsFile r = new ResultsFile(dir.resolve(NAME));
        try {
            Files.createDirectories(dir);
            if (Files.exists(r.file)) {
                String text = Files.readString(r.file, StandardCharsets.UTF_8);
                int complete = text.lastIndexOf('\n') + 1;
                for (String line : text.substring(0, complete).split("\n")) {
                    if (!line.isBlank()) {
                        r.lines.add(JSON.readTree(line));
                    }
                }
                if (complete < text.length()) {
                    Files.writeString(r.file, text.substring(0, complete), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + r.file + ": " + e.getMessage(), e);
        }
        return r;
    }

    /** True when a finished cell matches {@code cell}. */
    public synchronized boolean has(java.util.function.Predicate<JsonNode> cell) {
        return lines.stream().anyMatch(cell);
    }

    synchronized boolean has(String dataset, String strategy, long seed) {
        for (JsonNode n : lines) {
            if (datasetOf(n, dataset).equals(dataset) && n.get("strategy").asText().equals(strategy)
                    && n.get("seed").asLong() == seed) {
                return true;
            }
        }
        return false;
    }

    /** The cell's data set; cells written before data sets were named belong to {@code single}. */
    public static String datasetOf(JsonNode cell, String single) {
        return cell.has("dataset") ? cell.get("dataset").asText() : single;
    }

    /** Appends one finished cell as a complete line. */
    public synchronized void append(Map<String, Object> cell) {
        try {
            String line = JSON.writeValueAsString(cell) + "\n";
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            lines.add(JSON.readTree(line));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file + ": " + e.getMessage(), e);
        }
    }

    public synchronized List<JsonNode> lines() {
        return List.copyOf(lines);
    }

    /** Rewrites the file with its lines in the given order (atomically: a new file moved over the old). */
    public synchronized void sort(java.util.Comparator<JsonNode> order) {
        List<JsonNode> sorted = new ArrayList<>(lines);
        sorted.sort(order);
        if (sorted.equals(lines)) {
            return;
        }
        try {
            Path temp = file.resolveSibling(NAME + ".partial");
            StringBuilder text = new StringBuilder();
            for (JsonNode n : sorted) {
                text.append(JSON.writeValueAsString(n)).append('\n');
            }
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            lines.clear();
            lines.addAll(sorted);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite " + file + ": " + e.getMessage(), e);
        }
    }
}
