#!/usr/bin/env python3
"""Column sums of the 75 graph-convolution atom features over a SMILES file, computed with RDKit.

Cross-checks Rebalance's CDK featuriser (AtomFeaturizer): the numbers it prints for
data/ames_hansen2009.csv are the constants of rebalance-chem's RdkitAgreementTest.
usage: /usr/bin/python3 tools/reference/atom_features_reference.py FILE.csv [smiles-column]
"""
import csv, json, sys
from rdkit import Chem, RDLogger

RDLogger.DisableLog("rdApp.*")
ELEMENTS = ("C N O S F Si P Cl Br Mg Na Ca Fe As Al I B V K Tl Yb Sb Sn Ag Pd Co Se Ti Zn H Li Ge Cu Au "
            "Ni Cd In Mn Zr Cr Pt Hg Pb").split()
HYB = Chem.rdchem.HybridizationType
HYBRIDISATIONS = [HYB.SP, HYB.SP2, HYB.SP3, HYB.SP3D, HYB.SP3D2]


def slot(value, choices):
    """Position of value in choices; anything else takes one slot past the last choice."""
    return choices.index(value) if value in choices else len(choices)


def encode(atom):
    v = [0.0] * 75
    v[min(slot(atom.GetSymbol(), ELEMENTS), 43)] = 1
    v[44 + min(atom.GetDegree(), 10)] = 1
    v[55 + min(atom.GetImplicitValence(), 6)] = 1
    v[62] = atom.GetFormalCharge()
    v[63] = atom.GetNumRadicalElectrons()
    v[64 + min(slot(atom.GetHybridization(), HYBRIDISATIONS), 4)] = 1
    v[69] = float(atom.GetIsAromatic())
    v[70 + min(atom.GetTotalNumHs(), 4)] = 1
    return v


def main():
    column = sys.argv[2] if len(sys.argv) > 2 else "smiles"
    sums, molecules = [0.0] * 75, 0
    with open(sys.argv[1], newline="") as f:
        for row in csv.DictReader(f):
            m = Chem.MolFromSmiles(row[column].strip())
            if m is None:
                continue
            molecules += 1
            for a in m.GetAtoms():
                for i, x in enumerate(encode(a)):
                    sums[i] += x
    print(json.dumps({"molecules": molecules, "sums": sums}))


if __name__ == "__main__":
    main()
