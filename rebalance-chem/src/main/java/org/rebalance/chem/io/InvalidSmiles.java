package org.rebalance.chem.io;

/** A SMILES string that did not parse: its 1-based data row, the text and CDK's reason. */
public record InvalidSmiles(long row, String smiles, String reason) {
    @Override
    public String toString() {
        return "row " + row + ": \"" + smiles + "\" (" + reason + ")";
    }
}
