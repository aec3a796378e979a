package org.rebalance.cli.run;

import java.nio.file.Path;
import java.util.Map;
import org.rebalance.chem.feature.MoleculeFeaturizer;
import org.rebalance.chem.io.DuplicateStructures;
import org.rebalance.chem.io.MoleculeTable;
import org.rebalance.chem.io.SmilesCsvReader;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Graphs;
import org.rebalance.core.data.Inputs;
import org.rebalance.core.split.SplitSpec;

/**
 * A SMILES file read and featurised once, with its duplicate-structure groups, ready to be split
 * for any number of seeds ({@link #split}) without reading or featurising it again.
 *
 * @param groups a group id per molecule (equal ids: the same canonical structure)
 * @param featuriseSeconds wall-clock seconds of parsing, featurising and grouping
 */
public record MoleculeSet<I extends Inputs>(MoleculeSpec spec, MoleculeTable table, Dataset<I> all, int[] groups,
        double featuriseSeconds) {

    /** Molecules as graphs (carrying the spec's fingerprint, if any). */
    public static MoleculeSet<Graphs> graphs(Path file, MoleculeSpec spec) {
        long start = System.nanoTime();
        MoleculeTable table = read(file, spec);
        Graphs graphs = MoleculeFeaturizer.graphs(table.molecules(), spec.fingerprint());
        return of(spec, table, new Dataset<>(graphs, table.target(), table.origin()), start);
    }

    /** Molecules as fingerprints (for an MLP). */
    public static MoleculeSet<DenseMatrix> fingerprints(Path file, MoleculeSpec spec) {
        if (spec.fingerprint() == null) {
            throw new ConfigException("an MLP on molecules needs a fingerprint (--fingerprint ecfp4, maccs, ...)");
        }
        long start = System.nanoTime();
        MoleculeTable table = read(file, spec);
        DenseMatrix bits = MoleculeFeaturizer.fingerprints(table.molecules(), spec.fingerprint());
        return of(spec, table, new Dataset<>(bits, table.target(), table.origin()), start);
    }

    private static MoleculeTable read(Path file, MoleculeSpec spec) {
        return SmilesCsvReader.read(file, spec.smilesColumn(), spec.labelColumn(), spec.invalid());
    }

    private static <I extends Inputs> MoleculeSet<I> of(MoleculeSpec spec, MoleculeTable table, Dataset<I> all,
            long start) {
        int[] groups = DuplicateStructures.groups(table.molecules());
        return new MoleculeSet<>(spec, table, all, groups, (System.nanoTime() - start) / 1e9);
    }

    /** The parts for one seed (see {@link MoleculeData}). */
    public MoleculeData<I> split(Map<String, Integer> simulate, SplitSpec split, long seed) {
        return MoleculeData.of(this, simulate, split, seed);
    }
}
