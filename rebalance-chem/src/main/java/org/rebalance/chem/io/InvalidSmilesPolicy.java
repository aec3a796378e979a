package org.rebalance.chem.io;

/** What reading does with a SMILES string that does not parse. */
public enum InvalidSmilesPolicy {
    /** Leave the row out, count it and report its row number (the default). */
    SKIP,
    /** Stop with an error naming the file, the row and the SMILES. */
    FAIL;

    /** Parses {@code skip} or {@code fail} (any case). */
    public static InvalidSmilesPolicy parse(String text) {
        for (InvalidSmilesPolicy p : values()) {
            if (p.name().equalsIgnoreCase(text.trim())) {
                return p;
            }
        }
        throw new org.rebalance.core.ConfigException("--invalid must be skip or fail, got \"" + text + "\"");
    }
}
