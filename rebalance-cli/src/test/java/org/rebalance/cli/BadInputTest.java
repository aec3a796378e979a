package org.rebalance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad training file: one line naming file, row and column, exit code 3, no output. */
class BadInputTest {
    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        String tenRows = "0\n0\n0\n0\n0\n0\n1\n1\n1\n1\n";
        return Stream.of(
                Arguments.of("missing file", null, "file not found"),
                Arguments.of("empty file", "", "the file is empty (expected a header line)"),
                Arguments.of("ragged row", "a,b,label\n1,2,0\n3,1\n", "row 2: has 2 values, the header has 3"),
                Arguments.of("not a number", "a,label\n1,0\nabc,1\n",
                        "row 2, column \"a\": \"abc\" is not a number (declare the column with --categorical if it is one)"),
                Arguments.of("NaN", "a,label\n1,0\nnan,1\n",
                        "row 2, column \"a\": NaN is not allowed (missing values are not supported: fill them in or "
                                + "--drop the column)"),
                Arguments.of("infinity", "a,label\n1,0\nInfinity,1\n",
                        "row 2, column \"a\": \"Infinity\" is infinite; only finite numbers are allowed"),
                Arguments.of("missing label column", "a,y\n1,0\n2,1\n",
                        "label column \"label\" not found; the columns are a, y"),
                Arguments.of("single class", "a,label\n1,0\n2,0\n3,0\n",
                        "only one class \"0\" in column \"label\"; need at least two"),
                Arguments.of("too few members", "a,label\n" + numbered(tenRows).replace("\n1\n", "\n1\n"),
                        "class \"1\" has 2 examples (2 distinct); a train/valid/test split needs at least 3"));
    }

    /** "i,label" rows with the labels given, the last two of them positive. */
    private static String numbered(String labels) {
        StringBuilder s = new StringBuilder();
        String[] l = labels.split("\n");
        for (int i = 0; i < l.length; i++) {
            s.append(i).append(',').append(i >= l.length - 2 ? "1" : "0").append('\n');
        }
        return s.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsOneLineAndWritesNothing(String name, String content, String problem) throws IOException {
        Path file = dir.resolve("bad.csv");
        if (content != null) {
            Files.writeString(file, content);
        }
        Path out = dir.resolve("out");
        CommandRunner.Outcome r = CommandRunner.run("train", "--data", file.toString(), "--quiet", "--out",
                out.toString());
        assertEquals(3, r.exitCode(), r.err());
        String expected = "error: " + file + (problem.startsWith("row") ? ", " : ": ") + problem;
        assertEquals(expected, r.err().strip());
        assertEquals("", r.out());
        assertFalse(Files.exists(out));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(content == null ? 0 : 1, s.count(), "only the input file is left");
        }
    }
}
