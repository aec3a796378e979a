package org.rebalance.nn.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How a molecule model reads its inputs, recorded in the bundle so that evaluate and predict
 * featurise new SMILES the same way.
 *
 * @param smilesColumn the SMILES column of the training file
 * @param fingerprint the fingerprint's name (e.g. {@code ecfp4:2048}), or null for a plain graph network
 * @param atomFeatures features per atom of graph inputs (0 for an MLP on fingerprints)
 * @param bondTypes the bond types a graph network tells apart (absent, as in older bundles: one for all)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MoleculeInput(String smilesColumn, String fingerprint, int atomFeatures, Integer bondTypes) {
    /** Bonds not told apart. */
    public MoleculeInput(String smilesColumn, String fingerprint, int atomFeatures) {
        this(smilesColumn, fingerprint, atomFeatures, null);
    }

    /** The edge kinds of the network's graph input (1 when bond types are not told apart). */
    public int edgeKinds() {
        return bondTypes == null ? 1 : bondTypes;
    }

    /** True when the network takes graphs (gcn, merge), false for an MLP on fingerprints. */
    public boolean graphs() {
        return atomFeatures > 0;
    }
}
