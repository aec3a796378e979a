package org.rebalance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare} on long-tailed images: the embedded MNIST subset, a small 2-D CNN, per-class reporting. */
class ImageExperimentTest {
    @TempDir
    Path dir;

    @Test
    void longTailedDigitsTrainWithAugmentationAndReportPerClass() throws IOException {
        Path mnist = Path.of("../data/mnist").toAbsolutePath().normalize();
        Path config = dir.resolve("lt.yaml");
        Files.writeString(config, String.join("\n",
                "data:",
                "  images: " + mnist,
                "  longTail: {profile: exponential, rho: 10, maxCount: 40}",
                "  validPerClass: 5",
                "seeds: [1, 2]",
                "model: {type: cnn2d, channels: [8, 16], hidden: [16], epochs: 12, learningRate: 0.01}",
                "strategies:",
                "  - name: cross-entropy",
                "  - name: minority-augment",
                "    augment: {rotation: 10, shift: 2, targets: minority-only}",
                ""));
        Path out = dir.resolve("out");
        CommandRunner.Outcome r = CommandRunner.run("compare", "--config", config.toString(), "--out", out.toString(),
                "--quiet", "--quick");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(out.resolve("results.jsonl"));
        assertEquals(2, lines.size(), "--quick runs the first seed only");
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        // floor(40 * 10^(-i/9)): 40, floor(30.97) = 30, floor(23.98) = 23, 18, 14, 11, 8, 6, 5, 4
        int[] expected = {40, 30, 23, 18, 14, 11, 8, 6, 5, 4};
        for (int c = 0; c < 10; c++) {
            assertEquals(expected[c], first.get("train_counts").get(c).asInt(), "class " + c);
        }
        assertEquals("0", first.get("classes").get(0).asText());
        // the test part is the untouched MNIST test subset: 2,000 images
        assertEquals(2000, first.get("test").get("n").asInt());
        assertEquals(10, first.get("test").get("confusion_matrix").size());
        assertTrue(first.get("test").get("balanced_accuracy").asDouble() > 0.1, "better than chance");
        assertTrue(Files.size(out.resolve("recall-by-class.png")) > 0);
        String md = Files.readString(out.resolve("report.md"));
        // with these counts every class is few-shot (fewer than 20) or medium (20 to 100)
        assertTrue(md.contains("| strategy | many-shot | medium-shot | few-shot |"), md);
        assertTrue(md.contains("medium: 0, 1, 2; few: 3, 4, 5, 6, 7, 8, 9"), md);
    }

    @Test
    void augmentationIsRefusedForTables() throws IOException {
        Path data = dir.resolve("t.csv");
        StringBuilder s = new StringBuilder("x,label\n");
        for (int i = 0; i < 60; i++) {
            s.append(i).append(',').append(i % 3 == 0 ? 1 : 0).append('\n');
        }
        Files.writeString(data, s.toString());
        Path config = dir.resolve("t.yaml");
        Files.writeString(config, String.join("\n", "data: {file: t.csv}", "seeds: [1]",
                "strategies:", "  - augment: {shift: 1}", ""));
        CommandRunner.Outcome r = CommandRunner.run("compare", "--config", config.toString(), "--out",
                dir.resolve("o").toString(), "--quiet");
        assertEquals(4, r.exitCode());
        assertTrue(r.err().contains("on-the-fly augmentation applies to images, not to feature vectors"), r.err());
    }

    @Test
    void aMissingImageFolderIsOneLineAndLeavesNoFolder() throws IOException {
        Path config = dir.resolve("missing.yaml");
        Files.writeString(config, String.join("\n", "data:", "  images: " + dir.resolve("nowhere"), "seeds: [1]",
                "model: {type: cnn2d}", "strategies:", "  - name: ce", ""));
        Path out = dir.resolve("out");
        CommandRunner.Outcome r = CommandRunner.run("compare", "--config", config.toString(), "--out", out.toString(),
                "--quiet");
        assertEquals(3, r.exitCode());
        assertEquals("error: " + dir.resolve("nowhere") + ": no images found: expected MNIST IDX files "
                + "(train-images-idx3-ubyte[.gz], ...) or train/ and test/ folders with one sub-folder per class",
                r.err().strip());
        assertTrue(Files.notExists(out), "no empty experiment folder is left behind");
    }

    @Test
    void anUnknownLongTailProfileIsAConfigError() throws IOException {
        Path config = dir.resolve("zipf.yaml");
        Files.writeString(config, String.join("\n", "data:", "  images: " + Path.of("../data/mnist").toAbsolutePath(),
                "  longTail: {profile: zipf, rho: 10, maxCount: 40}", "seeds: [1]", "model: {type: cnn2d}",
                "strategies:", "  - name: ce", ""));
        CommandRunner.Outcome r = CommandRunner.run("compare", "--config", config.toString(), "--out",
                dir.resolve("zipf").toString(), "--quiet");
        assertEquals(4, r.exitCode());
        assertEquals("error: longTail.profile must be exponential or step, got \"zipf\"", r.err().strip());
    }

    @Test
    void modelsOfDifferentTypesOnSmilesAreRefused() throws IOException {
        Path config = dir.resolve("mixed.yaml");
        Files.writeString(config, String.join("\n", "data:",
                "  file: " + Path.of("../data/ames_tdc_xu2012.csv").toAbsolutePath(), "  smiles: smiles",
                "seeds: [1]", "models:", "  - {type: mlp}", "  - {type: gcn}", "strategies:", "  - strategy: none", ""));
        CommandRunner.Outcome r = CommandRunner.run("compare", "--config", config.toString(), "--out",
                dir.resolve("mixed").toString(), "--quiet");
        assertEquals(4, r.exitCode());
        assertTrue(r.err().contains("the models of an experiment on SMILES must be of one type"), r.err());
        assertTrue(Files.notExists(dir.resolve("mixed")));
    }
}
