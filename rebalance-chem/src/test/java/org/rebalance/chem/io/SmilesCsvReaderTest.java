package org.rebalance.chem.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebalance.core.data.DataException;

class SmilesCsvReaderTest {
    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path p = dir.resolve("mols.csv");
        Files.writeString(p, text);
        return p;
    }

    // the second and fourth SMILES are the Hansen set's kind of diazo string (a bond direction
    // before a triple bond) and plain nonsense; neither parses
    private static final String FILE = "smiles,label\n"
            + "CCO,0\n"
            + "C=N/#N,1\n"
            + "c1ccccc1,1\n"
            + "C1CC,0\n"
            + "CC(=O)Nc1ccc(O)cc1,0\n";

    @Test
    void skipsInvalidSmilesAndReportsTheirRows() throws IOException {
        MoleculeTable t = SmilesCsvReader.read(write(FILE), "smiles", "label", InvalidSmilesPolicy.SKIP);
        assertEquals(3, t.size());
        assertArrayEquals(new long[] {1, 3, 5}, t.rows());
        assertEquals(2, t.invalid().size());
        assertEquals(2, t.invalid().get(0).row());
        assertEquals("C=N/#N", t.invalid().get(0).smiles());
        assertEquals(4, t.invalid().get(1).row());
        assertEquals("2 invalid SMILES skipped (rows 2, 4)", t.invalidSummary());
        assertArrayEquals(new int[] {0, 1, 0}, t.target().labels());
        assertEquals(5, t.origin().rows());
        assertEquals(3, t.molecules().get(0).getAtomCount()); // hydrogens are counts, not atoms
    }

    @Test
    void failPolicyNamesFileRowColumnAndSmiles() throws IOException {
        Path p = write(FILE);
        DataException e = assertThrows(DataException.class,
                () -> SmilesCsvReader.read(p, "smiles", "label", InvalidSmilesPolicy.FAIL));
        assertTrue(e.getMessage().startsWith(p + ", row 2, column \"smiles\": invalid SMILES \"C=N/#N\""), e.getMessage());
    }

    @Test
    void missingColumnListsTheHeader() throws IOException {
        Path p = write(FILE);
        DataException e = assertThrows(DataException.class,
                () -> SmilesCsvReader.read(p, "SMILES", "label", InvalidSmilesPolicy.SKIP));
        assertTrue(e.getMessage().contains("SMILES column \"SMILES\" not found; the columns are smiles, label"),
                e.getMessage());
    }

    @Test
    void emptyLabelIsAnErrorWithItsCell() throws IOException {
        Path p = write("smiles,label\nCCO,0\nCCN,\n");
        DataException e = assertThrows(DataException.class,
                () -> SmilesCsvReader.read(p, "smiles", "label", InvalidSmilesPolicy.SKIP));
        assertTrue(e.getMessage().contains("row 2, column \"label\": empty label"), e.getMessage());
    }

    @Test
    void fileWhereNothingParsesIsAnError() throws IOException {
        Path p = write("smiles,label\nC1CC,0\nXyz,1\n");
        DataException e = assertThrows(DataException.class,
                () -> SmilesCsvReader.read(p, "smiles", "label", InvalidSmilesPolicy.SKIP));
        assertTrue(e.getMessage().contains("none of the 2 SMILES parsed"), e.getMessage());
    }

    @Test
    void policyParses() {
        assertEquals(InvalidSmilesPolicy.FAIL, InvalidSmilesPolicy.parse("Fail"));
        assertThrows(org.rebalance.core.ConfigException.class, () -> InvalidSmilesPolicy.parse("ignore"));
    }
}
