package org.rebalance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResampleCommandTest {
    @TempDir
    Path dir;

    private Path data() throws IOException {
        // 12 negatives, 3 positives, one categorical column
        StringBuilder s = new StringBuilder("x,site,label\n");
        for (int i = 0; i < 15; i++) {
            s.append(i * 0.5).append(',').append(i % 2 == 0 ? "a" : "b").append(',').append(i >= 12 ? 1 : 0).append('\n');
        }
        Path f = dir.resolve("small.csv");
        Files.writeString(f, s.toString());
        return f;
    }

    @Test
    void randomOverSamplingWritesKeptThenRepeatedRowsWithCounts() throws IOException {
        Path out = dir.resolve("over.csv");
        CommandRunner.Outcome r = CommandRunner.run("resample", "--data", data().toString(), "--method", "random-over",
                "--ratio", "0.5", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        // ratio 0.5 of 12 negatives -> 6 positives
        assertEquals("random-over: class counts {0: 12, 1: 3} -> {0: 12, 1: 6}; wrote 18 rows (0 synthetic) to "
                + out + "\n", r.out());
        List<String> lines = Files.readAllLines(out);
        assertEquals("x,site,label", lines.get(0));
        assertEquals("0,a,0", lines.get(1));
        assertEquals("0.5,b,0", lines.get(2));
        assertEquals(19, lines.size());
        assertEquals(6, lines.stream().skip(1).filter(l -> l.endsWith(",1")).count());
    }

    @Test
    void smoteNeedsNumericColumnsAndThenAddsSyntheticRows() throws IOException {
        Path out = dir.resolve("smote.csv");
        CommandRunner.Outcome refused = CommandRunner.run("resample", "--data", data().toString(), "--method", "smote",
                "--k", "2", "--out", out.toString());
        assertEquals(4, refused.exitCode());
        assertTrue(refused.err().contains("column \"site\" is categorical (use smote-nc"), refused.err());
        CommandRunner.Outcome r = CommandRunner.run("resample", "--data", data().toString(), "--drop", "site",
                "--method", "smote", "--k", "2", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("smote: class counts {0: 12, 1: 3} -> {0: 12, 1: 12}; wrote 24 rows (9 synthetic) to " + out
                + "\n", r.out());
        List<String> lines = Files.readAllLines(out);
        assertEquals("x,label", lines.get(0));
        // synthetic positives interpolate between the positives at 6, 6.5 and 7
        for (String line : lines.subList(16, 25)) {
            double x = Double.parseDouble(line.split(",")[0]);
            assertTrue(x >= 6 && x <= 7 && line.endsWith(",1"), line);
        }
    }

    @Test
    void smoteNcKeepsCategoriesAsCategories() throws IOException {
        Path out = dir.resolve("smote-nc.csv");
        CommandRunner.Outcome r = CommandRunner.run("resample", "--data", data().toString(), "--method", "smote-nc",
                "--k", "2", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("x,site,label", lines.get(0));
        for (String line : lines.subList(16, 25)) {
            String[] v = line.split(",");
            assertTrue(v[1].equals("a") || v[1].equals("b"), line);
            assertEquals("1", v[2]);
        }
    }

    @Test
    void unknownMethodIsAConfigErrorAndWritesNothing() throws IOException {
        Path out = dir.resolve("never.csv");
        CommandRunner.Outcome r = CommandRunner.run("resample", "--data", data().toString(), "--method", "magic",
                "--out", out.toString());
        assertEquals(4, r.exitCode());
        assertTrue(r.err().startsWith("error: unknown sampler \"magic\"; expected one of none, random-over"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void pipelinesOfSamplersAreWrittenWithPlus() throws IOException {
        Path out = dir.resolve("pipeline.csv");
        CommandRunner.Outcome r = CommandRunner.run("resample", "--data", data().toString(), "--drop", "site",
                "--method", "smote+enn", "--k", "2", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        // SMOTE brings the 3 positives to 12 (9 synthetic); ENN over every class then drops the negative at
        // x = 5.5, whose three nearest neighbours are mostly positives
        assertEquals("smote+enn: class counts {0: 12, 1: 3} -> {0: 11, 1: 12}; wrote 23 rows (9 synthetic) to "
                + out + "\n", r.out());
        List<String> lines = Files.readAllLines(out);
        assertEquals(0, lines.stream().filter(l -> l.equals("5.5,0")).count());
    }

    @Test
    void fingerprintsCanUseTheJaccardDistance() throws IOException {
        // q = 100000 and x = 111110 are each other's nearest by Jaccard (0.8) but not by Euclid (q's is 010000)
        Path f = dir.resolve("fp.csv");
        Files.writeString(f, "b1,b2,b3,b4,b5,b6,label\n1,0,0,0,0,0,0\n1,1,1,1,1,0,1\n0,1,0,0,0,0,0\n");
        Path out = dir.resolve("fp-out.csv");
        CommandRunner.Outcome r = CommandRunner.run("resample", "--data", f.toString(), "--method", "tomek-links",
                "--ratio", "all", "--distance", "jaccard", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(List.of("b1,b2,b3,b4,b5,b6,label", "0,1,0,0,0,0,0"), Files.readAllLines(out));
        r = CommandRunner.run("resample", "--data", f.toString(), "--method", "tomek-links", "--ratio", "all",
                "--out", out.toString());
        assertEquals(4, Files.readAllLines(out).size(), "no Euclidean Tomek link: every row stays");
        r = CommandRunner.run("resample", "--data", f.toString(), "--method", "enn", "--distance", "cosine",
                "--out", dir.resolve("none.csv").toString());
        assertEquals(4, r.exitCode());
        assertEquals("error: distance must be euclidean or jaccard, got \"cosine\"", r.err().strip());
    }
}
