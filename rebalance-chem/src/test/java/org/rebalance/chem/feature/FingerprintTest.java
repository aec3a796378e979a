package org.rebalance.chem.feature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Graph;

class FingerprintTest {
    private static int[] maccsKeys(String smiles) {
        BitSet bits = new Fingerprinter(new Fingerprint.Maccs()).bits(Molecules.of(smiles), smiles);
        return bits.stream().map(b -> b + 1).toArray();  // key numbers are 1-based
    }

    @Test
    void maccsKeysEqualRdkits() {
        // reference: rdkit.Chem.MACCSkeys.GenMACCSKeys(m).GetOnBits(), RDKit 2022.09
        assertArrayEquals(new int[] {162, 163, 165}, maccsKeys("c1ccccc1"));
        assertArrayEquals(new int[] {113, 127, 139, 143, 152, 157, 162, 163, 164, 165}, maccsKeys("Oc1ccccc1"));
        assertArrayEquals(new int[] {24, 49, 56, 63, 70, 71, 94, 102, 119, 122, 124, 130, 133, 135, 148, 156, 158,
            159, 161, 162, 163, 164, 165}, maccsKeys("[O-][N+](=O)c1ccccc1"));
    }

    @Test
    void ecfp4OfBenzeneHasOneBitPerRadius() {
        // one atom environment at radius 0, 1 and 2 (RDKit's Morgan radius 2 also sets 3 bits)
        assertEquals(3, new Fingerprinter(Fingerprint.ecfp4()).bits(Molecules.of("c1ccccc1"), "benzene").cardinality());
    }

    @Test
    void writingOrderDoesNotChangeFingerprintOrGraph() {
        // a re-ordered SMILES is the same molecule: the same fingerprint, and the same graph up to node
        // order, so SMILES enumeration is mere duplication for these models
        String[] forms = {"CC(=O)Nc1ccc(O)cc1", "Oc1ccc(NC(C)=O)cc1", "c1cc(O)ccc1NC(=O)C", "C1=CC(=CC=C1NC(=O)C)O"};
        Fingerprinter ecfp = new Fingerprinter(Fingerprint.ecfp4());
        BitSet first = ecfp.bits(Molecules.of(forms[0]), forms[0]);
        List<String> firstRows = sortedRows(GraphFeaturizer.graph(Molecules.of(forms[0])));
        for (String s : forms) {
            assertEquals(first, ecfp.bits(Molecules.of(s), s), s);
            assertEquals(firstRows, sortedRows(GraphFeaturizer.graph(Molecules.of(s))), s);
        }
        assertNotEquals(first, ecfp.bits(Molecules.of("CC(=O)Nc1ccccc1"), "acetanilide"));
    }

    /** Node feature rows with each node's sorted neighbour rows, as sorted strings (an order-free form). */
    private static List<String> sortedRows(Graph g) {
        String[] rows = new String[g.nodes()];
        for (int v = 0; v < g.nodes(); v++) {
            float[] r = new float[g.featureCount()];
            for (int f = 0; f < r.length; f++) {
                r[f] = g.feature(v, f);
            }
            rows[v] = Arrays.toString(r);
        }
        String[] withNeighbours = new String[g.nodes()];
        for (int v = 0; v < g.nodes(); v++) {
            java.util.List<String> nb = new java.util.ArrayList<>();
            for (int e = 0; e < g.edgeCount(); e++) {
                if (g.from(e) == v) {
                    nb.add(rows[g.to(e)]);
                } else if (g.to(e) == v) {
                    nb.add(rows[g.from(e)]);
                }
            }
            java.util.Collections.sort(nb);
            withNeighbours[v] = rows[v] + nb;
        }
        Arrays.sort(withNeighbours);
        return List.of(withNeighbours);
    }

    @Test
    void parsesNames() {
        assertEquals(new Fingerprint.Ecfp(2, 2048), Fingerprint.parse("ecfp4"));
        assertEquals(new Fingerprint.Ecfp(3, 1024), Fingerprint.parse("ECFP6:1024"));
        assertEquals(new Fingerprint.Ecfp(2, 4096), Fingerprint.parse("morgan2:4096"));
        assertEquals(new Fingerprint.Maccs(), Fingerprint.parse("maccs"));
        assertEquals("ecfp4:2048", Fingerprint.ecfp4().name());
        assertThrows(ConfigException.class, () -> Fingerprint.parse("ecfp5"));
        assertThrows(ConfigException.class, () -> Fingerprint.parse("ecfp8"));
        assertThrows(ConfigException.class, () -> Fingerprint.parse("daylight"));
    }

    @Test
    void featurizerWritesOneRowOfBitsPerMolecule() {
        DenseMatrix m = MoleculeFeaturizer.fingerprints(List.of(Molecules.of("c1ccccc1"), Molecules.of("C#N")),
                new Fingerprint.Maccs());
        assertEquals(2, m.rows());
        assertEquals(166, m.cols());
        assertEquals(1.0, m.get(0, 161));
        assertEquals(0.0, m.get(1, 161));
        assertEquals(3.0, Arrays.stream(m.row(0)).sum());
        Graph g = MoleculeFeaturizer.graphs(List.of(Molecules.of("C#N")), new Fingerprint.Maccs()).graph(0);
        assertEquals(2, g.nodes());
    }
}
