package org.rebalance.core.data.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebalance.core.data.CategoricalColumn;
import org.rebalance.core.data.DataException;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.NumericColumn;
import org.rebalance.core.data.Table;

class CsvReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    private DataException fails(Path file, TableSpec spec) {
        return assertThrows(DataException.class, () -> CsvReader.read(file, spec));
    }

    @Test
    void readsNumericFeaturesAndOrdersIntegerClassesNumerically() throws IOException {
        Path f = write("t.csv", "a,b,label\n1,2.5,10\n3,-4e1,2\n5,6,10\n");
        Dataset<Table> d = CsvReader.read(f, TableSpec.of("label"));
        assertEquals(List.of("a", "b"), d.inputs().columnNames());
        assertArrayEquals(new double[] {2.5, -40, 6}, ((NumericColumn) d.inputs().column("b")).values());
        // integer labels sort numerically: "2" before "10"
        assertEquals(List.of("2", "10"), d.classTarget().classes().names());
        assertArrayEquals(new int[] {1, 0, 1}, d.classTarget().labels());
        assertEquals(3, d.origin().rows());
        assertEquals(64, d.origin().sha256().length());
    }

    @Test
    void textLabelsSortAlphabeticallyAndTextColumnsBecomeCategorical() throws IOException {
        Path f = write("t.csv", "colour,x,y\nred,1,pos\nblue,2,neg\nred,3,neg\n");
        Dataset<Table> d = CsvReader.read(f, TableSpec.of("y"));
        assertEquals(List.of("neg", "pos"), d.classTarget().classes().names());
        assertArrayEquals(new String[] {"red", "blue", "red"}, ((CategoricalColumn) d.inputs().column("colour")).values());
    }

    @Test
    void declaredCategoricalKeepsNumbersAsText() throws IOException {
        Path f = write("t.csv", "site,x,label\n1,0.5,0\n2,0.7,1\n");
        Dataset<Table> d = CsvReader.read(f, new TableSpec("label", Set.of(), Set.of("site")));
        assertArrayEquals(new String[] {"1", "2"}, ((CategoricalColumn) d.inputs().column("site")).values());
    }

    @Test
    void dropRemovesColumns() throws IOException {
        Path f = write("t.csv", "id,x,label\n7,1,0\n8,2,1\n");
        Dataset<Table> d = CsvReader.read(f, new TableSpec("label", Set.of("id"), Set.of()));
        assertEquals(List.of("x"), d.inputs().columnNames());
    }

    @Test
    void readsGzipTransparently() throws IOException {
        Path f = dir.resolve("t.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write("x,label\n1,0\n2,1\n".getBytes(StandardCharsets.UTF_8));
        }
        Dataset<Table> d = CsvReader.read(f, TableSpec.of("label"));
        assertArrayEquals(new double[] {1, 2}, ((NumericColumn) d.inputs().column("x")).values());
    }

    @Test
    void missingFile() {
        Path f = dir.resolve("nope.csv");
        assertEquals(f + ": file not found", fails(f, TableSpec.of("label")).getMessage());
    }

    @Test
    void emptyFile() throws IOException {
        Path f = write("e.csv", "");
        assertEquals(f + ": the file is empty (expected a header line)", fails(f, TableSpec.of("label")).getMessage());
    }

    @Test
    void headerOnly() throws IOException {
        Path f = write("h.csv", "x,label\n");
        assertEquals(f + ": no data rows after the header", fails(f, TableSpec.of("label")).getMessage());
    }

    @Test
    void raggedRow() throws IOException {
        Path f = write("r.csv", "a,b,label\n1,2,0\n3,1\n");
        DataException e = fails(f, TableSpec.of("label"));
        assertEquals(f + ", row 2: has 2 values, the header has 3", e.getMessage());
        assertEquals(2, e.where().row());
    }

    @Test
    void nonNumericValueInNumericColumn() throws IOException {
        Path f = write("n.csv", "attr_3,label\n1.5,0\nn/a,1\n");
        DataException e = fails(f, TableSpec.of("label"));
        assertEquals(f + ", row 2, column \"attr_3\": \"n/a\" is not a number (declare the column with "
                + "--categorical if it is one)", e.getMessage());
        assertEquals("attr_3", e.where().column());
    }

    @Test
    void textFirstThenNumbersIsReportedAtTheText() throws IOException {
        Path f = write("n.csv", "a,label\nx,0\n2,1\n");
        assertEquals(f + ", row 1, column \"a\": \"x\" is not a number (declare the column with --categorical if "
                + "it is one)", fails(f, TableSpec.of("label")).getMessage());
    }

    @Test
    void nanAndInfinityAreRejected() throws IOException {
        Path nan = write("nan.csv", "a,label\n1,0\nNaN,1\n");
        assertEquals(nan + ", row 2, column \"a\": NaN is not allowed (missing values are not supported: fill them "
                + "in or --drop the column)", fails(nan, TableSpec.of("label")).getMessage());
        Path inf = write("inf.csv", "a,label\n1,0\n-inf,1\n");
        assertEquals(inf + ", row 2, column \"a\": \"-inf\" is infinite; only finite numbers are allowed",
                fails(inf, TableSpec.of("label")).getMessage());
        Path big = write("big.csv", "a,label\n1e400,0\n1,1\n");
        assertEquals(big + ", row 1, column \"a\": \"1e400\" is infinite; only finite numbers are allowed",
                fails(big, TableSpec.of("label")).getMessage());
    }

    @Test
    void emptyNumericCell() throws IOException {
        Path f = write("m.csv", "a,b,label\n1,,0\n");
        assertEquals(f + ", row 1, column \"b\": empty value (missing values are not supported: fill them in or "
                + "--drop the column)", fails(f, TableSpec.of("label")).getMessage());
    }

    @Test
    void missingLabelColumnListsTheColumns() throws IOException {
        Path f = write("l.csv", "a,b,class\n1,2,0\n");
        assertEquals(f + ": label column \"label\" not found; the columns are a, b, class",
                fails(f, TableSpec.of("label")).getMessage());
    }

    @Test
    void singleClass() throws IOException {
        Path f = write("s.csv", "a,label\n1,0\n2,0\n");
        assertEquals(f + ": only one class \"0\" in column \"label\"; need at least two",
                fails(f, TableSpec.of("label")).getMessage());
    }

    @Test
    void singleClassIsFineWhenOnlyEvaluating() throws IOException {
        Path f = write("s.csv", "a,label\n1,1\n2,1\n");
        Dataset<Table> d = CsvReader.read(f, TableSpec.of("label"), ClassRequirement.ANY);
        assertEquals(List.of("1"), d.classTarget().classes().names());
    }

    @Test
    void duplicateColumnName() throws IOException {
        Path f = write("d.csv", "a,a,label\n1,2,0\n");
        assertEquals(f + ", row 0: column \"a\" appears twice in the header", fails(f, TableSpec.of("label")).getMessage());
    }

    @Test
    void unknownDroppedColumn() throws IOException {
        Path f = write("u.csv", "a,label\n1,0\n2,1\n");
        assertEquals(f + ": --drop names column \"zz\", which is not in the header (a, label)",
                fails(f, new TableSpec("label", Set.of("zz"), Set.of())).getMessage());
    }

    @Test
    void emptyLabel() throws IOException {
        Path f = write("el.csv", "a,label\n1,0\n2,\n");
        assertEquals(f + ", row 2, column \"label\": empty label", fails(f, TableSpec.of("label")).getMessage());
    }

    @Test
    void featuresForPredictionIgnoreOtherColumnsAndNeedTheModelsColumns() throws IOException {
        Path f = write("p.csv", "b,extra,a\n1,x,2\n3,y,4\n");
        Table t = CsvReader.readFeatures(f, TableSpec.of("label"), List.of("a", "b"));
        assertEquals(List.of("a", "b"), t.columnNames());
        assertArrayEquals(new double[] {2, 4}, ((NumericColumn) t.column("a")).values());
        DataException e = assertThrows(DataException.class,
                () -> CsvReader.readFeatures(f, TableSpec.of("label"), List.of("a", "c")));
        assertEquals(f + ": column \"c\" the model was trained with is missing", e.getMessage());
    }

    @Test
    void scoresWithAndWithoutPredictions() throws IOException {
        Path f = write("s.csv", "y,s,pred\n1,0.9,1\n0,0.2,0\n");
        ScoreColumns s = CsvReader.readScores(f, "y", List.of("s"), "pred");
        assertArrayEquals(new String[] {"1", "0"}, s.truth());
        assertArrayEquals(new double[] {0.9, 0.2}, s.scores()[0]);
        assertArrayEquals(new String[] {"1", "0"}, s.predictions());
        assertNull(CsvReader.readScores(f, "y", List.of("s"), null).predictions());
        Path bad = write("b.csv", "y,s\n1,high\n");
        DataException e = assertThrows(DataException.class, () -> CsvReader.readScores(bad, "y", List.of("s"), null));
        assertEquals(bad + ", row 1, column \"s\": \"high\" is not a number", e.getMessage());
    }

    @Test
    void regressionTargetsAreReadAsNumbers() throws IOException {
        Path f = write("r.csv", "x,sigma\n1,2.5\n2,-1e-1\n3,7\n");
        Dataset<Table> d = CsvReader.readRegression(f, TableSpec.of("sigma"));
        assertEquals(List.of("x"), d.inputs().columnNames());
        assertArrayEquals(new double[] {2.5, -0.1, 7}, ((org.rebalance.core.data.RegressionTarget) d.target()).values());
        assertEquals(3, d.origin().rows());
    }

    @Test
    void regressionTargetThatIsNotANumberNamesRowAndColumn() throws IOException {
        Path f = write("r.csv", "x,sigma\n1,2.5\n2,high\n");
        DataException e = assertThrows(DataException.class, () -> CsvReader.readRegression(f, TableSpec.of("sigma")));
        assertEquals(f + ", row 2, column \"sigma\": target \"high\" is not a number", e.getMessage());
        Path empty = write("e.csv", "x,sigma\n1,\n");
        e = assertThrows(DataException.class, () -> CsvReader.readRegression(empty, TableSpec.of("sigma")));
        assertEquals(empty + ", row 1, column \"sigma\": empty target", e.getMessage());
        Path inf = write("i.csv", "x,sigma\n1,Infinity\n");
        e = assertThrows(DataException.class, () -> CsvReader.readRegression(inf, TableSpec.of("sigma")));
        assertEquals(inf + ", row 1, column \"sigma\": target \"Infinity\" is not finite", e.getMessage());
    }
}
