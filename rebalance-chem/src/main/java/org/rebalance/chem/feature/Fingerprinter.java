package org.rebalance.chem.feature;

import java.util.BitSet;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.fingerprint.CircularFingerprinter;
import org.openscience.cdk.fingerprint.IFingerprinter;
import org.openscience.cdk.fingerprint.MACCSFingerprinter;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.rebalance.core.data.DataException;
import org.rebalance.core.data.Location;

/**
 * Computes one {@link Fingerprint} with CDK ({@code CircularFingerprinter}, {@code MACCSFingerprinter}).
 * Not thread-safe (CDK's fingerprinters keep state): use one per thread.
 */
public final class Fingerprinter {
    private static final int[] ECFP_CLASS = {CircularFingerprinter.CLASS_ECFP0, CircularFingerprinter.CLASS_ECFP2,
        CircularFingerprinter.CLASS_ECFP4, CircularFingerprinter.CLASS_ECFP6};

    private final Fingerprint kind;
    private final IFingerprinter cdk;

    public Fingerprinter(Fingerprint kind) {
        this.kind = kind;
        if (kind instanceof Fingerprint.Ecfp e) {
            this.cdk = new CircularFingerprinter(ECFP_CLASS[e.radius()], e.bits());
        } else {
            this.cdk = new MACCSFingerprinter();
        }
    }

    public Fingerprint kind() {
        return kind;
    }

    /** The set bits of a prepared molecule ({@link MoleculePreparation}). */
    public BitSet bits(IAtomContainer molecule, String what) {
        try {
            return cdk.getBitFingerprint(molecule).asBitSet();
        } catch (CDKException e) {
            throw new DataException(Location.file(what), "cannot compute the " + kind.name() + " fingerprint: "
                    + e.getMessage());
        }
    }
}
