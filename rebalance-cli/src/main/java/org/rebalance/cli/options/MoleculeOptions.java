package org.rebalance.cli.options;

import org.rebalance.chem.feature.Fingerprint;
import org.rebalance.chem.io.InvalidSmilesPolicy;
import org.rebalance.cli.run.MoleculeSpec;
import org.rebalance.core.learn.Gcn;
import org.rebalance.core.learn.NetworkSpec;
import picocli.CommandLine.Option;

/** Options of molecule files: the SMILES column switches a command from tables to molecules. */
public final class MoleculeOptions {
    @Option(names = "--smiles", paramLabel = "COL",
            description = "SMILES column: read molecules (parsed with CDK) instead of a table of numbers.")
    public String smiles;

    @Option(names = "--fingerprint", paramLabel = "KIND",
            description = "Fingerprint fed to mlp and merge models: ecfp4 (default; Morgan radius 2, 2048 bits), "
                    + "ecfp6:1024, morgan2:4096, maccs.")
    public String fingerprint;

    @Option(names = "--invalid", defaultValue = "skip", paramLabel = "POLICY",
            description = "SMILES that do not parse: skip (warn with their rows) or fail (default: ${DEFAULT-VALUE}).")
    public String invalid;

    public boolean given() {
        return smiles != null;
    }

    /** How to read the file for {@code network}: a gcn takes no fingerprint unless one is asked for. */
    public MoleculeSpec spec(String labelColumn, NetworkSpec network) {
        Fingerprint fp = fingerprint != null ? Fingerprint.parse(fingerprint)
                : network instanceof Gcn ? null : Fingerprint.ecfp4();
        if (network instanceof Gcn) {
            fp = null; // a plain graph network uses no fingerprint
        }
        return new MoleculeSpec(smiles, labelColumn, InvalidSmilesPolicy.parse(invalid), fp);
    }
}
