package org.rebalance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare} on a study file with {@code task: regression}, and {@code report} on its folder. */
class SignalStudyCommandTest {
    @TempDir
    Path dir;

    private Path study(String remedies) throws IOException {
        Path config = dir.resolve("study.yaml");
        Files.writeString(config, String.join("\n",
                "task: regression",
                "signal: {length: 16, train: 300, valid: 100, test: 300}",
                "test: uniform(1,10)",
                "laws:",
                "  uniform: uniform(1,10)",
                "  missing: uniform(1,5)",
                "remedies: [" + remedies + "]",
                "model: {type: cnn1d, channels: [4], kernel: 3, hidden: [4], epochs: 3, learningRate: 0.01}",
                "seeds: [1, 2]",
                ""));
        return config;
    }

    @Test
    void runsEveryCellReportsAndResumesToTheSameResults() throws IOException {
        Path config = study("lds");
        Path out = dir.resolve("out");
        CommandRunner.Outcome r = CommandRunner.run("compare", "--config", config.toString(), "--out", out.toString(),
                "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        // cells per seed: uniform + none, missing + none, missing + lds (remedies go to the non-reference laws)
        List<String> lines = Files.readAllLines(out.resolve("results.jsonl"));
        assertEquals(6, lines.size());
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals("uniform", first.get("law").asText());
        assertEquals("none", first.get("remedy").asText());
        assertEquals(1, first.get("seed").asLong());
        assertEquals(9, first.get("bins").size(), "unit bins over the uniform(1,10) test law");
        assertEquals(0, first.get("bins").get(8).get("train_count").asInt() == 0 ? 1 : 0,
                "the uniform law trains on every bin");
        JsonNode missing = new ObjectMapper().readTree(lines.get(1));
        assertEquals("missing", missing.get("law").asText());
        // uniform(1,5) never trains above 5: the bins [5, 6) ... [9, 10] hold no training target
        for (int b = 4; b < 9; b++) {
            assertEquals(0, missing.get("bins").get(b).get("train_count").asInt());
        }
        assertTrue(missing.get("baseline").get("mse").asDouble() > first.get("baseline").get("mse").asDouble(),
                "the missing law's mean (3) is a worse constant for uniform(1,10) than 5.5");
        for (String f : List.of("report.html", "report.md", "results.csv", "summary.json", "study.json",
                "error-by-target.png", "prediction-by-target.png", "remedies-missing.png")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        assertTrue(r.out().contains("gives the lowest test MSE") && r.out().contains("missing + lds"), r.out());
        // 2 seeds: 2 / 2^2 = 0.5 is the smallest possible Wilcoxon p-value, and the findings say so first
        assertTrue(r.out().startsWith("* With 2 repeats a two-sided Wilcoxon test cannot go below p = 0.500"), r.out());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("data:image/png;base64,") && html.contains("Target-distribution study"));

        // interrupted after four cells: the restart trains exactly the two missing cells, to the same lines
        Files.write(out.resolve("results.jsonl"), lines.subList(0, 4));
        r = CommandRunner.run("compare", "--config", config.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(withoutTimes(lines), withoutTimes(Files.readAllLines(out.resolve("results.jsonl"))));

        Files.delete(out.resolve("report.html"));
        r = CommandRunner.run("report", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.exists(out.resolve("report.html")));
    }

    @Test
    void badStudyFilesAreOneLineConfigErrors() throws IOException {
        Path config = study("smote");
        Path out = dir.resolve("bad");
        CommandRunner.Outcome r = CommandRunner.run("compare", "--config", config.toString(), "--out", out.toString(),
                "--quiet");
        assertEquals(4, r.exitCode());
        assertTrue(r.err().contains("unknown regression remedy \"smote\""), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(Files.exists(out.resolve("results.jsonl")));

        Files.writeString(config, Files.readString(config).replace("uniform(1,5)", "uniform(5,1)"));
        r = CommandRunner.run("compare", "--config", config.toString(), "--out", out.toString(), "--quiet");
        assertEquals(4, r.exitCode());
        assertTrue(r.err().contains("laws.missing"), r.err());
    }

    @Test
    void trainsARegressionOnACsvTarget() throws IOException {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(3);
        StringBuilder s = new StringBuilder("x1,x2,y\n");
        for (int i = 0; i < 400; i++) {
            double x1 = rng.nextDouble(-2, 2);
            double x2 = rng.nextDouble(-2, 2);
            s.append(String.format(java.util.Locale.ROOT, "%.4f,%.4f,%.4f%n", x1, x2, 3 * x1 - x2 + 0.1 * rng.nextGaussian()));
        }
        Path data = dir.resolve("linear.csv");
        Files.writeString(data, s.toString());
        Path out = dir.resolve("reg");
        CommandRunner.Outcome r = CommandRunner.run("train", "--task", "regression", "--data", data.toString(),
                "--target", "y", "--strategy", "lds", "--loss", "huber", "--epochs", "30", "--lr", "0.01", "--out",
                out.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode m = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
        assertEquals("regression", m.get("task").asText());
        assertEquals("lds", m.get("remedy").asText());
        // y has variance 9 * 4/3 + 4/3 = 13.3; a network fits the linear law far better than its mean
        assertTrue(m.get("test").get("r2").asDouble() > 0.9, m.toString());
        assertTrue(m.get("test").get("baseline").get("mse").asDouble() > 8, m.toString());
        assertEquals(10, m.get("test").get("bins").size());

        // the bundle predicts the file again and evaluates it beside the training mean
        Path predictions = dir.resolve("predictions.csv");
        r = CommandRunner.run("predict", "--model", out.toString(), "--data", data.toString(), "--out",
                predictions.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        List<String> rows = Files.readAllLines(predictions);
        assertEquals("row,prediction", rows.get(0));
        assertEquals(401, rows.size());
        String[] first = rows.get(1).split(",");
        double y1 = Double.parseDouble(Files.readAllLines(data).get(1).split(",")[2]);
        assertEquals(y1, Double.parseDouble(first[1]), 1.5, "the first row's prediction is near its target");
        r = CommandRunner.run("evaluate", "--model", out.toString(), "--data", data.toString(), "--json", "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode e = new ObjectMapper().readTree(r.out());
        assertEquals(400, e.get("n").asInt());
        assertTrue(e.get("model").get("r2").asDouble() > 0.9, r.out());
        assertTrue(e.get("baseline").get("r2").asDouble() < 0.01, "the training mean explains nothing: " + r.out());

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "x1,y\n1,2\n2,n/a\n");
        r = CommandRunner.run("train", "--task", "regression", "--data", bad.toString(), "--target", "y", "--out",
                dir.resolve("none").toString(), "--quiet");
        assertEquals(3, r.exitCode());
        assertEquals("error: " + bad + ", row 2, column \"y\": target \"n/a\" is not a number", r.err().strip());
        assertFalse(Files.exists(dir.resolve("none")));
    }

    @Test
    void regressionOnBitColumnsRecordsItsSetBitInputs() throws IOException {
        // y counts the set bits among b0..b3; 3 % of the 50 bits are set overall: the mlp takes set bits
        java.util.SplittableRandom rng = new java.util.SplittableRandom(8);
        StringBuilder s = new StringBuilder();
        for (int c = 0; c < 50; c++) {
            s.append('b').append(c).append(',');
        }
        s.append("y\n");
        for (int i = 0; i < 200; i++) {
            int y = 0;
            for (int c = 0; c < 50; c++) {
                int bit = rng.nextDouble() < (c < 4 ? 0.2 : 0.015) ? 1 : 0;
                y += c < 4 ? bit : 0;
                s.append(bit).append(',');
            }
            s.append(y).append('\n');
        }
        Path data = dir.resolve("bit-regression.csv");
        Files.writeString(data, s.toString());
        Path out = dir.resolve("bit-reg");
        CommandRunner.Outcome r = CommandRunner.run("train", "--task", "regression", "--data", data.toString(),
                "--target", "y", "--epochs", "5", "--out", out.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode bundle = new ObjectMapper().readTree(out.resolve("bundle.json").toFile());
        assertEquals("SPARSE_BINARY", bundle.findValue("inputEncoding").asText());
        r = CommandRunner.run("evaluate", "--model", out.toString(), "--data", data.toString(), "--json", "--quiet");
        assertEquals(0, r.exitCode(), r.err());
    }

    /** The lines without their wall-clock training times, which differ from run to run. */
    private static List<String> withoutTimes(List<String> lines) {
        return lines.stream().map(l -> l.replaceAll("\"train_seconds\":[0-9.eE-]+", "")).toList();
    }
}
