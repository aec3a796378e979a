package org.rebalance.chem.io;

import java.util.List;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Origin;

/**
 * The molecules of a SMILES file that parsed, in file order, with their class labels, the 1-based
 * data row each came from, the SMILES text, and the rows that did not parse.
 */
public record MoleculeTable(List<IAtomContainer> molecules, List<String> smiles, ClassTarget target, long[] rows,
        List<InvalidSmiles> invalid, Origin origin) {
    public MoleculeTable {
        molecules = List.copyOf(molecules);
        smiles = List.copyOf(smiles);
        invalid = List.copyOf(invalid);
        rows = rows.clone();
        if (molecules.size() != target.size() || rows.length != target.size() || smiles.size() != target.size()) {
            throw new IllegalArgumentException("molecules, SMILES, labels and rows differ in number");
        }
    }

    public int size() {
        return molecules.size();
    }

    /** A one-line account of the rows left out, e.g. "6 invalid SMILES skipped (rows 2, 3, ...)". */
    public String invalidSummary() {
        return InvalidSmiles.summary(invalid);
    }
}
