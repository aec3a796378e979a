package org.rebalance.chem.feature;

import org.openscience.cdk.aromaticity.Aromaticity;
import org.openscience.cdk.aromaticity.ElectronDonation;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

/**
 * Brings a parsed molecule into the form every featuriser expects, in place: explicit hydrogens
 * folded into hydrogen counts (as RDKit does when it reads SMILES), CDK atom types (which give the
 * hybridisation), and aromaticity by the Daylight model.
 */
public final class MoleculePreparation {
    private static final Aromaticity AROMATICITY = new Aromaticity(ElectronDonation.daylight(),
            Cycles.or(Cycles.all(), Cycles.all(6)));

    private MoleculePreparation() {
    }

    /** The prepared molecule (the same object, or a copy if hydrogens had to be removed). */
    public static IAtomContainer prepare(IAtomContainer molecule) {
        IAtomContainer m = AtomContainerManipulator.suppressHydrogens(molecule);
        try {
            AtomContainerManipulator.percieveAtomTypesAndConfigureAtoms(m);
        } catch (CDKException | RuntimeException e) {
            // an atom CDK cannot type keeps no hybridisation; the featuriser encodes that as "other"
        }
        try {
            AROMATICITY.apply(m);
        } catch (CDKException e) {
            // ring perception gave up (very large fused systems): keep the parser's aromatic flags
        }
        return m;
    }
}
