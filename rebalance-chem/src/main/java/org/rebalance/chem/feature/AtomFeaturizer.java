package org.rebalance.chem.feature;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IAtomType;

/**
 * The classic graph-convolution atom encoding (Duvenaud et al. 2015, as popularised by DeepChem's
 * ConvMol featuriser): 75 numbers per atom, laid out as
 * <ol>
 * <li>element, one-hot over 43 symbols plus "other" (44);
 * <li>degree (heavy-atom neighbours) 0-10, one-hot (11);
 * <li>implicit valence (implicit hydrogens) 0-6, one-hot (7);
 * <li>formal charge (1) and radical electrons (1), as numbers;
 * <li>hybridisation SP, SP2, SP3, SP3D, SP3D2, one-hot (5);
 * <li>aromatic, 0/1 (1);
 * <li>total hydrogens 0-4, one-hot (5).
 * </ol>
 * A value past the end of a one-hot list sets its last slot (so "other" elements, degree above 10
 * and an unknown hybridisation land there), exactly as the reference featuriser does; the names of
 * all 75 positions are given by {@link #names()}. Expects a molecule from {@link MoleculePreparation}.
 */
public final class AtomFeaturizer {
    /** The element symbols of the one-hot block, in order; the last slot is every other element. */
    public static final List<String> ELEMENTS = List.of("C", "N", "O", "S", "F", "Si", "P", "Cl", "Br", "Mg", "Na",
            "Ca", "Fe", "As", "Al", "I", "B", "V", "K", "Tl", "Yb", "Sb", "Sn", "Ag", "Pd", "Co", "Se", "Ti", "Zn", "H",
            "Li", "Ge", "Cu", "Au", "Ni", "Cd", "In", "Mn", "Zr", "Cr", "Pt", "Hg", "Pb", "other");
    static final int DEGREES = 11;
    static final int IMPLICIT_VALENCES = 7;
    static final int HYBRIDISATIONS = 5;
    static final int HYDROGEN_COUNTS = 5;
    /** Features per atom. */
    public static final int SIZE = ELEMENTS.size() + DEGREES + IMPLICIT_VALENCES + 2 + HYBRIDISATIONS + 1
            + HYDROGEN_COUNTS;

    static final int DEGREE_AT = ELEMENTS.size();
    static final int IMPLICIT_AT = DEGREE_AT + DEGREES;
    static final int CHARGE_AT = IMPLICIT_AT + IMPLICIT_VALENCES;
    static final int RADICAL_AT = CHARGE_AT + 1;
    static final int HYBRIDISATION_AT = RADICAL_AT + 1;
    static final int AROMATIC_AT = HYBRIDISATION_AT + HYBRIDISATIONS;
    static final int HYDROGENS_AT = AROMATIC_AT + 1;

    private AtomFeaturizer() {
    }

    /** The name of each of the {@link #SIZE} positions, e.g. {@code element=C}, {@code degree=3}. */
    public static List<String> names() {
        List<String> n = new ArrayList<>(SIZE);
        for (String e : ELEMENTS) {
            n.add("element=" + e);
        }
        range(n, "degree", DEGREES);
        range(n, "implicit_valence", IMPLICIT_VALENCES);
        n.add("formal_charge");
        n.add("radical_electrons");
        for (String h : List.of("SP", "SP2", "SP3", "SP3D", "SP3D2")) {
            n.add("hybridisation=" + h);
        }
        n.add("aromatic");
        range(n, "total_h", HYDROGEN_COUNTS);
        return Collections.unmodifiableList(n);
    }

    private static void range(List<String> names, String what, int count) {
        for (int i = 0; i < count; i++) {
            names.add(what + "=" + i + (i == count - 1 ? "+" : ""));
        }
    }

    /** Writes the features of {@code atom} into {@code dest} from {@code offset} (which must be zeroed). */
    public static void encode(IAtomContainer molecule, IAtom atom, float[] dest, int offset) {
        int element = ELEMENTS.indexOf(atom.getSymbol());
        dest[offset + (element < 0 ? ELEMENTS.size() - 1 : element)] = 1f;
        dest[offset + DEGREE_AT + clamp(molecule.getConnectedBondsCount(atom), DEGREES)] = 1f;
        int hydrogens = atom.getImplicitHydrogenCount() == null ? 0 : atom.getImplicitHydrogenCount();
        dest[offset + IMPLICIT_AT + clamp(hydrogens, IMPLICIT_VALENCES)] = 1f;
        dest[offset + CHARGE_AT] = atom.getFormalCharge() == null ? 0f : atom.getFormalCharge();
        dest[offset + RADICAL_AT] = molecule.getConnectedSingleElectronsCount(atom);
        dest[offset + HYBRIDISATION_AT + hybridisation(molecule, atom)] = 1f;
        dest[offset + AROMATIC_AT] = atom.isAromatic() ? 1f : 0f;
        dest[offset + HYDROGENS_AT + clamp(hydrogens, HYDROGEN_COUNTS)] = 1f;
    }

    private static int clamp(int value, int slots) {
        return value < 0 ? slots - 1 : Math.min(value, slots - 1);
    }

    /**
     * The hybridisation slot of an atom: CDK's, except that a nitrogen or oxygen that CDK types SP3
     * but which sits next to a pi system (an aromatic atom or one with a double or triple bond) counts
     * as SP2, its lone pair being conjugated, as RDKit and the reference featuriser have it (aniline
     * and amide nitrogens, phenol and ester oxygens).
     */
    static int hybridisation(IAtomContainer molecule, IAtom atom) {
        int slot = hybridisation(atom.getHybridization());
        if (slot != 2 || !("N".equals(atom.getSymbol()) || "O".equals(atom.getSymbol()))) {
            return slot;
        }
        for (IAtom neighbour : molecule.getConnectedAtomsList(atom)) {
            if (neighbour.isAromatic() || hasPiBond(molecule, neighbour)) {
                return 1;
            }
        }
        return slot;
    }

    private static boolean hasPiBond(IAtomContainer molecule, IAtom atom) {
        for (org.openscience.cdk.interfaces.IBond bond : molecule.getConnectedBondsList(atom)) {
            if (bond.getOrder() != null && bond.getOrder().numeric() > 1) {
                return true;
            }
        }
        return false;
    }

    /** Slot of CDK's hybridisation among SP, SP2, SP3, SP3D, SP3D2; anything else takes the last slot. */
    static int hybridisation(IAtomType.Hybridization h) {
        if (h == null) {
            return HYBRIDISATIONS - 1;
        }
        switch (h) {
            case SP1:
                return 0;
            case SP2:
            case PLANAR3:
                return 1;
            case SP3:
                return 2;
            case SP3D1:
                return 3;
            default:
                return HYBRIDISATIONS - 1;
        }
    }
}
