package org.rebalance.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirTest {
    @TempDir
    Path tmp;

    @Test
    void committedDirectoryAppearsWhole() throws IOException {
        Path target = tmp.resolve("run");
        try (OutputDir out = OutputDir.create(target)) {
            Files.writeString(out.resolve("a.txt"), "a");
            assertFalse(Files.exists(target), "nothing may appear before commit");
            out.commit();
        }
        assertEquals("a", Files.readString(target.resolve("a.txt")));
        assertEquals(1, count(tmp), "no temporary directory is left behind");
    }

    @Test
    void failureBeforeCommitLeavesNoTraceAndKeepsTheOldResult() throws IOException {
        Path target = tmp.resolve("run");
        Files.createDirectories(target);
        Files.writeString(target.resolve("old.txt"), "old");
        try (OutputDir out = OutputDir.create(target)) {
            Files.writeString(out.resolve("new.txt"), "new");
            // no commit: as if training failed
        }
        assertTrue(Files.exists(target.resolve("old.txt")));
        assertFalse(Files.exists(target.resolve("new.txt")));
        assertEquals(1, count(tmp));
    }

    @Test
    void commitReplacesAnEarlierResult() throws IOException {
        Path target = tmp.resolve("run");
        Files.createDirectories(target);
        Files.writeString(target.resolve("old.txt"), "old");
        try (OutputDir out = OutputDir.create(target)) {
            Files.writeString(out.resolve("new.txt"), "new");
            out.commit();
        }
        assertFalse(Files.exists(target.resolve("old.txt")));
        assertTrue(Files.exists(target.resolve("new.txt")));
        assertEquals(1, count(tmp));
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}
