package org.rebalance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchResampleCommandTest {
    @TempDir
    Path dir;

    @Test
    void reportsCountsAfterResamplingAndTimesInTheReferenceLayout() throws IOException {
        // 20 negatives, 8 positives, two numeric columns
        StringBuilder s = new StringBuilder("x0,x1,label\n");
        for (int i = 0; i < 28; i++) {
            s.append(i * 0.5).append(',').append(i % 3).append(',').append(i >= 20 ? 1 : 0).append('\n');
        }
        Path data = dir.resolve("small.csv");
        Files.writeString(data, s.toString());
        CommandRunner.Outcome r = CommandRunner.run("bench-resample", "--data", data.toString(), "--methods",
                "smote,random-under", "--repeats", "3", "--warm-up", "0");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out().strip());
        assertEquals(28, json.get("n").asInt());
        assertEquals(2, json.get("d").asInt());
        JsonNode smote = json.get("results").get("smote");
        assertEquals(20, smote.get("counts").get("0").asInt());
        assertEquals(20, smote.get("counts").get("1").asInt());
        JsonNode under = json.get("results").get("random-under");
        assertEquals(8, under.get("counts").get("0").asInt());
        assertEquals(8, under.get("counts").get("1").asInt());
        for (JsonNode result : new JsonNode[] {smote, under}) {
            double min = result.get("min_s").asDouble();
            assertTrue(min > 0 && min <= result.get("median_s").asDouble(), result.toString());
        }
    }
}
