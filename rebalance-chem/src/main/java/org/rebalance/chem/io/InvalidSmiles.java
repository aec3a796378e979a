package org.rebalance.chem.io;

/** A SMILES string that did not parse: its 1-based data row, the text and CDK's reason. */
public record InvalidSmiles(long row, String smiles, String reason) {
    /** "all SMILES parsed", or e.g. "6 invalid SMILES skipped (rows 2, 3, ...)" (at most ten rows shown). */
    public static String summary(java.util.List<InvalidSmiles> invalid) {
        if (invalid.isEmpty()) {
            return "all SMILES parsed";
        }
        StringBuilder s = new StringBuilder();
        s.append(invalid.size()).append(" invalid SMILES skipped (row").append(invalid.size() == 1 ? " " : "s ");
        int shown = Math.min(10, invalid.size());
        for (int i = 0; i < shown; i++) {
            s.append(i == 0 ? "" : ", ").append(invalid.get(i).row());
        }
        return s.append(invalid.size() > shown ? ", ...)" : ")").toString();
    }

    @Override
    public String toString() {
        return "row " + row + ": \"" + smiles + "\" (" + reason + ")";
    }
}
