package org.rebalance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    @TempDir
    Path dir;

    private Path experiment() throws IOException {
        SplittableRandom rng = new SplittableRandom(1);
        StringBuilder s = new StringBuilder("x1,x2,label\n");
        for (int i = 0; i < 300; i++) {
            int y = i % 10 == 0 ? 1 : 0;
            double c = y == 1 ? 1.5 : -1.5;
            s.append(String.format(Locale.ROOT, "%.4f,%.4f,%d%n", c + rng.nextDouble(-2, 2), rng.nextDouble(-2, 2), y));
        }
        Files.writeString(dir.resolve("blobs.csv"), s.toString());
        Path config = dir.resolve("exp.yaml");
        Files.writeString(config, String.join("\n",
                "data:",
                "  file: blobs.csv",
                "seeds: [1, 2, 3]",
                "model:",
                "  hidden: [8]",
                "  epochs: 5",
                "  learningRate: 0.01",
                "strategies:",
                "  - strategy: none",
                "  - strategy: weighted",
                "  - name: focal-balanced",
                "    loss: focal",
                "    batches: balanced",
                ""));
        return config;
    }

    @Test
    void runsEveryCellSummarisesAndResumesWithoutRedoingWork() throws IOException {
        Path config = experiment();
        Path out = dir.resolve("out");
        CommandRunner.Outcome r = CommandRunner.run("compare", "--config", config.toString(), "--out", out.toString(),
                "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(out.resolve("results.jsonl"));
        assertEquals(9, lines.size());
        assertTrue(r.out().contains("paired tests against \"none\""), r.out());
        assertTrue(r.out().contains("focal-balanced") && r.out().contains("verdict:"), r.out());
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals(first.get("epochs_run").asInt(), first.get("history").size());
        assertTrue(first.get("best_epoch").asInt() >= 1);
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(3, summary.get("rows").size());
        assertEquals(3, summary.get("rows").get(1).get("comparison").get("n").asInt());
        // convergence: the mean best epoch of a strategy's cells ("epochs to best")
        double bestOfNone = 0;
        for (String l : lines) {
            JsonNode cell = new ObjectMapper().readTree(l);
            if (cell.get("strategy").asText().equals("none")) {
                bestOfNone += cell.get("best_epoch").asDouble() / 3;
            }
        }
        assertEquals(bestOfNone, summary.get("rows").get(0).get("convergence").get("bestEpoch").asDouble(), 1e-9);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("class=\"verdict\">verdict:") && html.contains("focal-balanced"), html.substring(0, 400));
        // bars, learning curves, ROC, precision-recall and a confusion heat map per strategy
        assertEquals(7, html.split("data:image/png;base64,", -1).length - 1, "seven inline plots");
        assertTrue(Files.size(out.resolve("metric.png")) > 1000 && Files.exists(out.resolve("report.md")));
        List<String> csv = Files.readAllLines(out.resolve("results.csv"));
        assertEquals(10, csv.size());
        assertTrue(csv.get(0).startsWith("dataset,strategy,seed,best_epoch,train_seconds,valid_recall,valid_specificity"),
                csv.get(0));
        assertTrue(csv.get(1).startsWith("blobs,none,1,"), csv.get(1));

        // the report rebuilds from the folder alone, with the same table
        Files.delete(out.resolve("report.html"));
        CommandRunner.Outcome rebuilt = CommandRunner.run("report", out.toString());
        assertEquals(0, rebuilt.exitCode(), rebuilt.err());
        assertTrue(Files.exists(out.resolve("report.html")));
        assertEquals(r.out().lines().limit(5).toList(), rebuilt.out().lines().limit(5).toList());

        // interrupt: drop the last two cells and leave a half-written line; the rerun redoes exactly those
        String kept = String.join("\n", lines.subList(0, 7)) + "\n" + lines.get(7).substring(0, 20);
        Files.writeString(out.resolve("results.jsonl"), kept);
        CommandRunner.Outcome again = CommandRunner.run("compare", "--config", config.toString(), "--out",
                out.toString(), "--quiet");
        assertEquals(0, again.exitCode(), again.err());
        List<String> resumed = Files.readAllLines(out.resolve("results.jsonl"));
        assertEquals(9, resumed.size());
        // same seeds, same cells: the redone cells equal the first run's
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < 9; i++) {
            JsonNode a = json.readTree(lines.get(i));
            JsonNode b = json.readTree(resumed.get(i));
            assertEquals(a.get("test").get("confusion_matrix"), b.get("test").get("confusion_matrix"), "cell " + i);
        }
    }

    @Test
    void aBadExperimentFileIsOneLine() throws IOException {
        Path config = dir.resolve("bad.json");
        Files.writeString(config, "{\"data\": {\"file\": \"x.csv\"}, \"seeds\": [1]}");
        CommandRunner.Outcome r = CommandRunner.run("compare", "--config", config.toString(), "--out",
                dir.resolve("o").toString());
        assertEquals(4, r.exitCode());
        assertEquals("error: " + config + ": the experiment needs at least one strategy", r.err().strip());
    }

    @Test
    void comparesStrategiesOnMoleculesWithAGraphNetwork() throws IOException {
        StringBuilder s = new StringBuilder("smiles,label\n");
        String[] subs = {"O", "N", "C", "CC", "OC", "Cl", "Br", "C#N", "CCO", "F", "CN", "C=O"};
        for (String ring : new String[] {"c1ccc(%s)cc1", "c1ccc(%s)nc1", "c1cc(C)c(%s)cc1"}) {
            for (String sub : subs) {
                s.append(String.format(ring, sub)).append(",0\n").append(String.format(ring, sub)).append("C,0\n");
            }
            for (int k = 0; k < 4; k++) {
                s.append(String.format(ring, "[N+](=O)[O-]")).append(k % 2 == 0 ? "" : "C").append(",1\n");
            }
        }
        s.append("C1CC,0\n"); // does not parse: skipped
        Files.writeString(dir.resolve("molecules.csv"), s.toString());
        Path config = dir.resolve("molecules.yaml");
        Files.writeString(config, String.join("\n",
                "data:",
                "  file: molecules.csv",
                "  smiles: smiles",
                "seeds: [1]",
                "model:",
                "  type: gcn",
                "  convolutions: [8]",
                "  hidden: [8]",
                "  epochs: 2",
                "strategies:",
                "  - strategy: none",
                "  - strategy: perturbed-over",
                ""));
        Path out = dir.resolve("mol-out");
        CommandRunner.Outcome r = CommandRunner.run("compare", "--config", config.toString(), "--out", out.toString(),
                "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(out.resolve("results.jsonl"));
        assertEquals(2, lines.size());
        JsonNode cell = new ObjectMapper().readTree(lines.get(1));
        assertEquals("perturbed-over", cell.at("/strategy").asText());
        assertEquals(16, cell.at("/test/n").asInt(), "20 % of the 84 molecules that parse, stratified");
        assertTrue(Files.exists(out.resolve("report.html")));
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("| perturbed-over | 1 |"), "McNemar row of the one seed: " + report);
        for (String png : List.of("roc.png", "precision-recall.png", "confusion-1.png", "confusion-2.png")) {
            assertTrue(Files.size(out.resolve(png)) > 1000, png);
            assertTrue(report.contains("](" + png + ")"), png);
        }
        assertEquals(cell.at("/test/n").asInt(), cell.at("/test_scores").size());
    }

    @Test
    void comparesAcrossDataSetsWithFriedmanAndNemenyi() throws IOException {
        SplittableRandom rng = new SplittableRandom(2);
        for (int f = 0; f < 3; f++) {
            StringBuilder s = new StringBuilder("x1,x2,label\n");
            for (int i = 0; i < 200; i++) {
                int y = i % 8 == 0 ? 1 : 0;
                double c = y == 1 ? 1.0 + f * 0.3 : -1.0;
                s.append(String.format(Locale.ROOT, "%.4f,%.4f,%d%n", c + rng.nextDouble(-2, 2), rng.nextDouble(-2, 2), y));
            }
            Files.writeString(dir.resolve("set" + f + ".csv"), s.toString());
        }
        Path config = dir.resolve("several.yaml");
        Files.writeString(config, String.join("\n",
                "datasets:",
                "  - file: set0.csv",
                "  - file: set1.csv",
                "  - {name: third, file: set2.csv}",
                "seeds: [1, 2]",
                "model: {hidden: [4], epochs: 3, learningRate: 0.01}",
                "strategies:",
                "  - strategy: none",
                "  - strategy: weighted",
                "  - strategy: undersample",
                ""));
        Path out = dir.resolve("several-out");
        CommandRunner.Outcome r = CommandRunner.run("compare", "--config", config.toString(), "--out", out.toString(),
                "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(out.resolve("results.jsonl"));
        assertEquals(18, lines.size());
        assertEquals("third", new ObjectMapper().readTree(lines.get(17)).get("dataset").asText());
        assertTrue(r.out().contains("== data set set0") && r.out().contains("== data set third"), r.out());
        assertTrue(r.out().contains("== across data sets") && r.out().contains("average rank"), r.out());
        assertTrue(r.out().contains("across 3 data sets:") && r.out().contains("Friedman chi-square"), r.out());
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(3, summary.at("/across/test/averageRanks").size());
        double rankSum = 0;
        for (JsonNode v : summary.at("/across/test/averageRanks")) {
            rankSum += v.asDouble();
        }
        assertEquals(6.0, rankSum, 1e-9, "three strategies' average ranks add up to 1 + 2 + 3");
        assertTrue(Files.size(out.resolve("critical-difference.png")) > 1000);
        assertTrue(Files.exists(out.resolve("d3-roc.png")));
        assertTrue(Files.readAllLines(out.resolve("results.csv")).get(1).startsWith("set0,none,1,"));
        // a restart with every cell done trains nothing and gives the same summary
        CommandRunner.Outcome again = CommandRunner.run("compare", "--config", config.toString(), "--out",
                out.toString(), "--quiet");
        assertEquals(r.out(), again.out());
    }

    @Test
    void parallelWorkersGiveTheSameResultsAsOneAtATime() throws IOException {
        Path config = experiment(); // an MLP with dropout: its masks must not depend on what runs beside it
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        CommandRunner.Outcome a = CommandRunner.run("compare", "--config", config.toString(), "--out", one.toString(),
                "--quiet", "--workers", "1", "--threads", "1");
        CommandRunner.Outcome b = CommandRunner.run("compare", "--config", config.toString(), "--out", two.toString(),
                "--quiet", "--workers", "3", "--threads", "1");
        assertEquals(0, a.exitCode(), a.err());
        assertEquals(0, b.exitCode(), b.err());
        assertEquals(withoutTimes(one), withoutTimes(two));
    }

    /** The results file's cells in file order, without their wall-clock seconds. */
    private static List<JsonNode> withoutTimes(Path out) throws IOException {
        List<JsonNode> cells = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("results.jsonl"))) {
            com.fasterxml.jackson.databind.node.ObjectNode n =
                    (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper().readTree(line);
            n.remove("train_seconds");
            cells.add(n);
        }
        return cells;
    }

    @Test
    void badExperimentFilesAreOneLineConfigErrors() throws IOException {
        Files.writeString(dir.resolve("b.csv"), "x,label\n1,0\n2,1\n");
        String strategies = "strategies:\n  - strategy: none\nseeds: [1]\n";
        String[][] cases = {
            {"data: {file: b.csv}\ndatasets: [{file: b.csv}]\n" + strategies,
                "the experiment needs either data (one data set) or datasets (a list)"},
            {"datasets: [{file: b.csv}, {file: ./b.csv}]\n" + strategies,
                "two data sets are named \"b\"; give them distinct names"},
            {"data: {file: b.csv}\nmodel: {type: transformer}\n" + strategies,
                "model.type must be mlp, gcn, merge or cnn2d, got \"transformer\""},
            {"data: {file: b.csv}\nworkers: 0\n" + strategies, "workers must be >= 1, got 0"}};
        for (String[] c : cases) {
            Path config = dir.resolve("bad.yaml");
            Files.writeString(config, c[0]);
            CommandRunner.Outcome r = CommandRunner.run("compare", "--config", config.toString(), "--out",
                    dir.resolve("bad-out").toString(), "--quiet");
            assertEquals(4, r.exitCode(), c[0]);
            assertTrue(r.err().contains(c[1]), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
    }

    @Test
    void severalModelsMakeAGridOfStrategiesAndModels() throws IOException {
        experiment(); // writes blobs.csv
        Path config = dir.resolve("models.yaml");
        Files.writeString(config, String.join("\n",
                "data: {file: blobs.csv}",
                "seeds: [1, 2]",
                "models:",
                "  - {name: small, hidden: [4], epochs: 3}",
                "  - {hidden: [8], epochs: 3}",
                "strategies:",
                "  - strategy: none",
                "  - strategy: weighted",
                ""));
        Path out = dir.resolve("grid");
        CommandRunner.Outcome r = CommandRunner.run("compare", "--config", config.toString(), "--out", out.toString(),
                "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        // 2 strategies x 2 models x 2 seeds; the second model is named by its type and position
        List<String> lines = Files.readAllLines(out.resolve("results.jsonl"));
        assertEquals(8, lines.size());
        java.util.Set<String> arms = new java.util.TreeSet<>();
        for (String l : lines) {
            arms.add(new ObjectMapper().readTree(l).get("strategy").asText());
        }
        assertEquals(java.util.Set.of("none @ small", "weighted @ small", "none @ mlp-2", "weighted @ mlp-2"), arms);
        assertTrue(r.out().contains("paired tests against \"none @ small\""), r.out());

        Files.writeString(config, Files.readString(config).replace("models:", "model: {hidden: [4]}\nmodels:"));
        r = CommandRunner.run("compare", "--config", config.toString(), "--out", dir.resolve("bad").toString(), "--quiet");
        assertEquals(4, r.exitCode());
        assertTrue(r.err().contains("give either model (one network) or models (a list), not both"), r.err());
    }
}
