package org.rebalance.cli.run;

import org.rebalance.chem.feature.Fingerprint;
import org.rebalance.chem.io.InvalidSmilesPolicy;

/**
 * How to read a SMILES file and describe its molecules.
 *
 * @param smilesColumn the SMILES column
 * @param labelColumn the class-label column
 * @param invalid what to do with SMILES that do not parse
 * @param fingerprint the fingerprint computed for each molecule (the MLP's input, the merge network's
 *     second branch), or null for graphs alone
 */
public record MoleculeSpec(String smilesColumn, String labelColumn, InvalidSmilesPolicy invalid, Fingerprint fingerprint) {
}
