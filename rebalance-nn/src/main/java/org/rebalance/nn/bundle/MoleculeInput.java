package org.rebalance.nn.bundle;

/**
 * How a molecule model reads its inputs, recorded in the bundle so that evaluate and predict
 * featurise new SMILES the same way.
 *
 * @param smilesColumn the SMILES column of the training file
 * @param fingerprint the fingerprint's name (e.g. {@code ecfp4:2048}), or null for a plain graph network
 * @param atomFeatures features per atom of graph inputs (0 for an MLP on fingerprints)
 */
public record MoleculeInput(String smilesColumn, String fingerprint, int atomFeatures) {
    /** True when the network takes graphs (gcn, merge), false for an MLP on fingerprints. */
    public boolean graphs() {
        return atomFeatures > 0;
    }
}
