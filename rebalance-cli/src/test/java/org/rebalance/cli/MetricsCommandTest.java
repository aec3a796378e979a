package org.rebalance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsCommandTest {
    @TempDir
    Path dir;

    @Test
    void binaryJsonHasStableKeysAndScikitLearnValues() throws Exception {
        // y = [0,0,1,1], s = [0.1,0.4,0.35,0.8]: sklearn roc_auc_score 0.75, average_precision_score 0.8333...
        // at threshold 0.5: predictions [0,0,0,1] -> TN 2, FP 0, FN 1, TP 1
        Path f = dir.resolve("scores.csv");
        Files.writeString(f, "y,s\n0,0.1\n0,0.4\n1,0.35\n1,0.8\n");
        CommandRunner.Outcome r = CommandRunner.run("metrics", "--data", f.toString(), "--truth", "y", "--score", "s",
                "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(0.75, j.get("roc_auc").asDouble(), 1e-12);
        assertEquals(0.8333333333333333, j.get("average_precision").asDouble(), 1e-12);
        assertEquals(0.5, j.get("recall").asDouble(), 1e-12);
        assertEquals(1.0, j.get("specificity").asDouble(), 1e-12);
        assertEquals(1.0, j.get("precision").asDouble(), 1e-12);
        assertEquals(0.75, j.get("accuracy").asDouble(), 1e-12);
        assertEquals(0.75, j.get("balanced_accuracy").asDouble(), 1e-12);
        assertEquals(2.0 / 3.0, j.get("f1").asDouble(), 1e-12);
        // MCC = (1*2 - 0*1) / sqrt(1 * 2 * 3 * 2) = 2 / sqrt(12) = 0.5773502691896258
        assertEquals(0.5773502691896258, j.get("mcc").asDouble(), 1e-12);
        assertEquals("[[2,0],[1,1]]", j.get("confusion_matrix").toString());
        assertEquals("1", j.get("positive_class").asText());
    }

    @Test
    void predictionsColumnOverridesTheThreshold() throws Exception {
        Path f = dir.resolve("scores.csv");
        Files.writeString(f, "y,s,p\n0,0.1,1\n0,0.4,0\n1,0.35,1\n1,0.8,1\n");
        CommandRunner.Outcome r = CommandRunner.run("metrics", "--data", f.toString(), "--truth", "y", "--score", "s",
                "--pred", "p", "--json");
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("[[1,1],[0,2]]", j.get("confusion_matrix").toString());
        assertEquals(0.75, j.get("roc_auc").asDouble(), 1e-12);
    }

    @Test
    void multiclassTakesOneColumnPerClass() throws Exception {
        Path f = dir.resolve("mc.csv");
        Files.writeString(f, "y,a,b,c\na,0.8,0.1,0.1\nb,0.2,0.7,0.1\nc,0.1,0.2,0.7\nc,0.6,0.2,0.2\n");
        CommandRunner.Outcome r = CommandRunner.run("metrics", "--data", f.toString(), "--truth", "y", "--score",
                "a,b,c", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(0.75, j.get("accuracy").asDouble(), 1e-12);
        // recalls a 1, b 1, c 1/2 -> balanced accuracy 5/6
        assertEquals(5.0 / 6.0, j.get("balanced_accuracy").asDouble(), 1e-12);
        assertEquals(0.5, j.get("per_class").get("c").get("recall").asDouble(), 1e-12);
        // weighted recall = (1 * 1 + 1 * 1 + 2 * 0.5) / 4 = 0.75 (sklearn recall_score(average="weighted"))
        assertEquals(0.75, j.get("weighted").get("recall").asDouble(), 1e-12);
        // precision a = 1/2 (a predicted for a and the second c), b = 1, c = 1 -> (0.5 + 1 + 2) / 4 = 0.875
        assertEquals(0.875, j.get("weighted").get("precision").asDouble(), 1e-12);
    }

    @Test
    void tableIsTheDefault() throws Exception {
        Path f = dir.resolve("scores.csv");
        Files.writeString(f, "y,s\n0,0.1\n1,0.9\n");
        CommandRunner.Outcome r = CommandRunner.run("metrics", "--data", f.toString(), "--truth", "y", "--score", "s");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("scores.csv (n=2)"), r.out());
        assertTrue(r.out().contains("ROC-AUC"), r.out());
    }

    @Test
    void badScoreIsOneLineWithExitCode3() throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "y,s\n0,0.1\n1,high\n");
        CommandRunner.Outcome r = CommandRunner.run("metrics", "--data", f.toString(), "--truth", "y", "--score", "s");
        assertEquals(3, r.exitCode());
        assertEquals("error: " + f + ", row 2, column \"s\": \"high\" is not a number\n", r.err().replace("\r", ""));
    }
}
