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
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train, evaluate and predict end to end on a small generated file, and their failures. */
class TrainCommandTest {
    @TempDir
    static Path dir;

    static Path data;

    @BeforeAll
    static void writeData() throws IOException {
        // 270 negatives around x = -1.5, 30 positives around x = +1.5; a categorical column too
        SplittableRandom rng = new SplittableRandom(1);
        StringBuilder s = new StringBuilder("x1,x2,site,label\n");
        for (int i = 0; i < 300; i++) {
            int y = i % 10 == 0 ? 1 : 0;
            double centre = y == 1 ? 1.5 : -1.5;
            s.append(String.format(Locale.ROOT, "%.4f,%.4f,%s,%d%n", centre + gaussian(rng), gaussian(rng),
                    i % 3 == 0 ? "north" : "south", y));
        }
        data = dir.resolve("blobs.csv");
        Files.writeString(data, s.toString());
    }

    private static double gaussian(SplittableRandom rng) {
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    private static CommandRunner.Outcome train(Path out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("train", "--data", data.toString(), "--label", "label",
                "--epochs", "20", "--lr", "0.01", "--hidden", "8", "--quiet", "--out", out.toString()));
        args.addAll(List.of(extra));
        return CommandRunner.run(args.toArray(String[]::new));
    }

    @Test
    void trainWritesBundleAndMetricsThenEvaluateAndPredictUseIt() throws IOException {
        Path out = dir.resolve("model");
        CommandRunner.Outcome r = train(out, "--strategy", "oversample", "--ratio", "0.5", "--seed", "3");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("train (n="), r.out());
        assertTrue(r.out().contains("valid (n=") && r.out().contains("test (n="), r.out());
        assertTrue(Files.exists(out.resolve("bundle.json")));
        assertTrue(Files.exists(out.resolve("network.params")));
        JsonNode metrics = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
        assertEquals("oversample", metrics.get("strategy").asText());
        // ratio 0.5 of the training negatives (162 of 270 at a 0.6 split), truncated like imbalanced-learn
        int negatives = metrics.get("class_counts").get("train").get(0).asInt();
        assertEquals(negatives / 2, metrics.get("class_counts").get("train_resampled").get(1).asInt());
        for (String part : List.of("train", "valid", "test")) {
            JsonNode p = metrics.get("parts").get(part);
            assertTrue(p.has("balanced_accuracy") && p.has("roc_auc") && p.has("confusion_matrix"), part);
        }

        CommandRunner.Outcome ev = CommandRunner.run("evaluate", "--model", out.toString(), "--data", data.toString(),
                "--json", "--quiet");
        assertEquals(0, ev.exitCode(), ev.err());
        JsonNode e = new ObjectMapper().readTree(ev.out());
        assertEquals(300, e.get("n").asInt());
        assertTrue(e.get("roc_auc").asDouble() > 0.9, ev.out());

        Path scores = dir.resolve("scores.csv");
        CommandRunner.Outcome pr = CommandRunner.run("predict", "--model", out.toString(), "--data", data.toString(),
                "--out", scores.toString(), "--quiet");
        assertEquals(0, pr.exitCode(), pr.err());
        List<String> lines = Files.readAllLines(scores);
        assertEquals("row,score,predicted", lines.get(0));
        assertEquals(301, lines.size());

        // prior-shift correction: trained at 2:1 (oversampled), corrected to the file's 9:1 prior
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("bundle.json").toFile());
        assertEquals(0.9, manifest.get("originalPrior").get(0).asDouble(), 1e-12);
        assertEquals(negatives / (double) (negatives + negatives / 2), manifest.get("trainingPrior").get(0).asDouble(),
                1e-12);
        Path corrected = dir.resolve("corrected.csv");
        assertEquals(0, CommandRunner.run("predict", "--model", out.toString(), "--data", data.toString(), "--out",
                corrected.toString(), "--prior", "original", "--quiet").exitCode());
        List<String> raw = Files.readAllLines(scores);
        List<String> fixed = Files.readAllLines(corrected);
        int lower = 0;
        for (int i = 1; i < raw.size(); i++) {
            double before = Double.parseDouble(raw.get(i).split(",")[1]);
            double after = Double.parseDouble(fixed.get(i).split(",")[1]);
            assertTrue(after <= before + 1e-12, raw.get(i) + " -> " + fixed.get(i));
            lower += after < before ? 1 : 0;
        }
        assertTrue(lower > 250, "scores move towards the rarer original prior: " + lower);

        // a file of positives only can still be evaluated: ranking metrics are undefined (null)
        Path positives = dir.resolve("positives.csv");
        Files.writeString(positives, "x1,x2,site,label\n1.6,0.1,north,1\n1.4,-0.3,south,1\n");
        CommandRunner.Outcome pos = CommandRunner.run("evaluate", "--model", out.toString(), "--data",
                positives.toString(), "--json", "--quiet");
        assertEquals(0, pos.exitCode(), pos.err());
        JsonNode pj = new ObjectMapper().readTree(pos.out());
        assertEquals(2, pj.get("n").asInt());
        assertTrue(pj.get("roc_auc").isNull(), pos.out());

        // a class the model does not know is a data error naming the row
        Path unknown = dir.resolve("unknown.csv");
        Files.writeString(unknown, "x1,x2,site,label\n1.6,0.1,north,1\n1.4,-0.3,south,7\n");
        CommandRunner.Outcome bad = CommandRunner.run("evaluate", "--model", out.toString(), "--data",
                unknown.toString(), "--quiet");
        assertEquals(3, bad.exitCode());
        assertEquals("error: " + unknown + ", row 2, column \"label\": class \"7\" is unknown to the model (it "
                + "knows [0, 1])", bad.err().strip());
    }

    @Test
    void multiclassTextLabelsTrainAndPredictOneProbabilityPerClass() throws IOException {
        SplittableRandom rng = new SplittableRandom(2);
        StringBuilder s = new StringBuilder("x,kind\n");
        String[] kinds = {"cat", "dog", "emu"};
        for (int i = 0; i < 240; i++) {
            int k = i % 8 == 0 ? 2 : i % 2; // emu is rare
            s.append(String.format(Locale.ROOT, "%.4f,%s%n", 3.0 * k + gaussian(rng) * 0.5, kinds[k]));
        }
        Path file = dir.resolve("animals.csv");
        Files.writeString(file, s.toString());
        Path out = dir.resolve("animals-model");
        CommandRunner.Outcome r = CommandRunner.run("train", "--data", file.toString(), "--label", "kind",
                "--strategy", "weighted", "--epochs", "30", "--lr", "0.01", "--hidden", "8", "--quiet",
                "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("t:emu"), r.out());
        assertTrue(r.out().contains("test by class") && r.out().contains("weighted"), r.out());
        JsonNode metrics = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
        assertTrue(metrics.get("parts").get("test").get("per_class").has("emu"));
        Path scores = dir.resolve("animals-scores.csv");
        assertEquals(0, CommandRunner.run("predict", "--model", out.toString(), "--data", file.toString(), "--out",
                scores.toString(), "--quiet").exitCode());
        List<String> lines = Files.readAllLines(scores);
        assertEquals("row,p_cat,p_dog,p_emu,predicted", lines.get(0));
        assertEquals(241, lines.size());
    }

    @Test
    void catalogueSamplersAreTrainingStrategies() throws IOException {
        Path out = dir.resolve("smote-enn");
        CommandRunner.Outcome r = train(out, "--strategy", "smote-enn", "--k", "3");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode metrics = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
        assertEquals("smote-enn", metrics.get("strategy").asText());
        JsonNode resampled = metrics.get("class_counts").get("train_resampled");
        // SMOTE raises the positives to the negatives' count; ENN then may only remove points
        int negatives = metrics.get("class_counts").get("train").get(0).asInt();
        assertTrue(resampled.get(1).asInt() <= negatives && resampled.get(1).asInt() > 18, resampled.toString());
    }

    @Test
    void simulatedImbalanceDrawsTheAskedCountsBeforeSplitting() throws IOException {
        Path out = dir.resolve("simulated");
        CommandRunner.Outcome r = train(out, "--simulate", "1:10,0:100");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode parts = new ObjectMapper().readTree(out.resolve("metrics.json").toFile()).get("parts");
        int total = 0;
        for (String part : List.of("train", "valid", "test")) {
            total += parts.get(part).get("n").asInt();
        }
        assertEquals(110, total);
        CommandRunner.Outcome bad = train(dir.resolve("too-many"), "--simulate", "1:31");
        assertEquals(4, bad.exitCode());
        assertEquals("error: class \"1\": asked for 31 rows but it has 30", bad.err().strip());
    }

    @Test
    void lossesAndWeightingsAreIndependentChoices() throws IOException {
        Path out = dir.resolve("focal");
        CommandRunner.Outcome r = train(out, "--strategy", "oversample", "--loss", "focal", "--gamma", "2",
                "--class-weights", "effective-number=0.99");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("bundle.json").toFile());
        assertEquals("oversample+focal", manifest.get("strategy").asText());
        assertEquals("effective-number=0.99", manifest.get("options").get("weighting").asText());
        assertTrue(manifest.get("options").get("loss").asText().startsWith("Focal[alpha=NaN, gamma=2.0"));
        for (String loss : List.of("balanced-softmax", "ldam-drw", "lade")) {
            CommandRunner.Outcome other = train(dir.resolve("loss-" + loss), "--loss", loss);
            assertEquals(0, other.exitCode(), loss + ": " + other.err());
        }
        CommandRunner.Outcome bad = train(dir.resolve("bad-loss"), "--loss", "focal", "--gamma", "-1");
        assertEquals(4, bad.exitCode());
        assertEquals("error: focal: gamma must be a finite number >= 0, got -1.0", bad.err().strip());
    }

    @Test
    void sameSeedSameMetrics() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, train(a, "--strategy", "weighted", "--seed", "5").exitCode());
        assertEquals(0, train(b, "--strategy", "weighted", "--seed", "5").exitCode());
        JsonNode ma = new ObjectMapper().readTree(a.resolve("metrics.json").toFile()).get("parts");
        JsonNode mb = new ObjectMapper().readTree(b.resolve("metrics.json").toFile()).get("parts");
        assertEquals(ma.get("test").get("confusion_matrix"), mb.get("test").get("confusion_matrix"));
        assertEquals(ma.get("test").get("roc_auc").asDouble(), mb.get("test").get("roc_auc").asDouble(), 1e-6);
    }

    @Test
    void badDataFailsWithOneLineExitCode3AndWritesNothing() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "x1,label\n1.0,0\nn/a,1\n2.0,0\n");
        Path out = dir.resolve("never");
        List<String> args = List.of("train", "--data", bad.toString(), "--quiet", "--out", out.toString());
        CommandRunner.Outcome r = CommandRunner.run(args.toArray(String[]::new));
        assertEquals(3, r.exitCode());
        assertEquals("error: " + bad + ", row 2, column \"x1\": \"n/a\" is not a number (declare the column with "
                + "--categorical if it is one)", r.err().strip());
        assertFalse(Files.exists(out));
        assertNoPartialDirectories();
    }

    @Test
    void tooFewMembersForTheSplitIsADataError() throws IOException {
        Path few = dir.resolve("few.csv");
        StringBuilder s = new StringBuilder("x,label\n");
        for (int i = 0; i < 20; i++) {
            s.append(i).append(',').append(i < 2 ? 1 : 0).append('\n');
        }
        Files.writeString(few, s.toString());
        CommandRunner.Outcome r = CommandRunner.run("train", "--data", few.toString(), "--quiet", "--out",
                dir.resolve("few-out").toString());
        assertEquals(3, r.exitCode(), r.err());
        assertTrue(r.err().contains("class \"1\" has 2 examples"), r.err());
        assertEquals(1, r.err().strip().lines().count());
    }

    @Test
    void explicitClassWeightsAreRecordedInTheBundle() throws IOException {
        Path out = dir.resolve("explicit");
        assertEquals(0, train(out, "--class-weights", "0:1,1:9").exitCode());
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("bundle.json").toFile());
        assertEquals("0:1,1:9", manifest.get("options").get("weighting").asText());
        CommandRunner.Outcome bad = train(dir.resolve("bad-weights"), "--class-weights", "2:5");
        assertEquals(4, bad.exitCode());
        assertTrue(bad.err().startsWith("error: ") && bad.err().contains("\"2\""), bad.err());
    }

    @Test
    void replicasAreRecordedAndCheckedOnTheCommandLine() throws IOException {
        Path out = dir.resolve("replicas");
        CommandRunner.Outcome r = train(out, "--replicas", "2", "--threads", "1");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("bundle.json").toFile());
        assertEquals(2, manifest.at("/options/replicas").asInt());
        CommandRunner.Outcome bad = train(dir.resolve("bad-replicas"), "--replicas", "0");
        assertEquals(4, bad.exitCode());
        assertTrue(bad.err().contains("replicas must be between 1 and the batch size (64), got 0"), bad.err());
        assertFalse(Files.exists(dir.resolve("bad-replicas")));
    }

    @Test
    void unknownStrategyIsAConfigErrorWithExitCode4() {
        CommandRunner.Outcome r = train(dir.resolve("x"), "--strategy", "magic");
        assertEquals(4, r.exitCode());
        assertTrue(r.err().strip().startsWith("error: unknown strategy \"magic\"; expected one of none, undersample, "
                + "oversample, weighted, random-over, random-under"), r.err());
    }

    @Test
    void missingRequiredOptionIsAUsageErrorWithExitCode2() {
        CommandRunner.Outcome r = CommandRunner.run("train", "--data", data.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Missing required option: '--out=DIR'"), r.err());
    }

    private static void assertNoPartialDirectories() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().contains(".partial")));
        }
    }

    @Test
    void bitTablesTrainOnTheirSetBitsAndOtherValuesAreScoredDense() throws IOException {
        // 0/1 columns are not standardised, so "auto" hands the set bits (3 % ones) to the first layer
        SplittableRandom rng = new SplittableRandom(4);
        StringBuilder s = new StringBuilder();
        for (int c = 0; c < 40; c++) {
            s.append('b').append(c).append(',');
        }
        s.append("label\n");
        for (int i = 0; i < 200; i++) {
            int y = i % 4 == 0 ? 1 : 0;
            for (int c = 0; c < 40; c++) {
                s.append(c == i % 3 && y == 1 || rng.nextDouble() < 0.02 ? 1 : 0).append(',');
            }
            s.append(y).append('\n');
        }
        Path bits = dir.resolve("bits.csv");
        Files.writeString(bits, s.toString());
        Path out = dir.resolve("bits-model");
        CommandRunner.Outcome r = CommandRunner.run("train", "--data", bits.toString(), "--label", "label",
                "--epochs", "3", "--quiet", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode bundle = new ObjectMapper().readTree(out.resolve("bundle.json").toFile());
        assertEquals("SPARSE_BINARY", bundle.findValue("inputEncoding").asText());
        // a later file with a value other than 0 or 1 is scored dense, by the same weights
        Path odd = dir.resolve("odd-bits.csv");
        List<String> lines = Files.readAllLines(bits);
        lines.set(2, "0.5" + lines.get(2).substring(1));
        Files.write(odd, lines);
        Path scores = dir.resolve("odd-scores.csv");
        CommandRunner.Outcome scored = CommandRunner.run("predict", "--model", out.toString(), "--data", odd.toString(),
                "--out", scores.toString());
        assertEquals(0, scored.exitCode(), scored.err());
        Path plain = dir.resolve("bit-scores.csv");
        assertEquals(0, CommandRunner.run("predict", "--model", out.toString(), "--data", bits.toString(), "--out",
                plain.toString()).exitCode());
        List<String> a = Files.readAllLines(scores);
        List<String> b = Files.readAllLines(plain);
        assertEquals(b.size(), a.size());
        assertFalse(a.get(2).equals(b.get(2)), "row 2 changed: " + a.get(2));
        for (int i = 3; i < a.size(); i++) {
            String[] x = a.get(i).split(",");
            String[] y = b.get(i).split(",");
            assertEquals(Double.parseDouble(y[1]), Double.parseDouble(x[1]), 1e-6, "row " + i);
        }
    }
}
