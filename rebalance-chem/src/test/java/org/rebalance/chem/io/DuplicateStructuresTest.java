package org.rebalance.chem.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;
import org.rebalance.chem.feature.MoleculePreparation;

class DuplicateStructuresTest {
    @Test
    void sameStructureWrittenDifferentlyIsOneGroup() throws Exception {
        SmilesParser p = new SmilesParser(SilentChemObjectBuilder.getInstance());
        List<IAtomContainer> m = new ArrayList<>();
        for (String s : new String[] {"CC(=O)Nc1ccc(O)cc1", "c1ccccc1", "Oc1ccc(NC(C)=O)cc1", "C1=CC=CC=C1", "CCO",
            "OCC"}) {
            m.add(MoleculePreparation.prepare(p.parseSmiles(s)));
        }
        assertArrayEquals(new int[] {0, 1, 0, 1, 2, 2}, DuplicateStructures.groups(m));
    }
}
