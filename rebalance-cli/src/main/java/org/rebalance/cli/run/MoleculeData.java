package org.rebalance.cli.run;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rebalance.chem.feature.MoleculeFeaturizer;
import org.rebalance.chem.io.DuplicateStructures;
import org.rebalance.chem.io.InvalidSmiles;
import org.rebalance.chem.io.MoleculeTable;
import org.rebalance.chem.io.SmilesCsvReader;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Graphs;
import org.rebalance.core.data.Inputs;
import org.rebalance.core.data.Origin;
import org.rebalance.core.data.Part;
import org.rebalance.core.split.DuplicatePolicy;
import org.rebalance.core.split.MakeImbalance;
import org.rebalance.core.split.Split;
import org.rebalance.core.split.SplitSpec;
import org.rebalance.core.split.StratifiedSplitter;
import org.rebalance.core.util.Seeds;

/**
 * A SMILES file read with CDK, featurised (graphs, optionally with a fingerprint each, or
 * fingerprints alone) and split stratified with identical structures kept in one part. Imbalance is
 * simulated the published way: the requested numbers per class are drawn from the training part
 * only, and VALID and TEST stay as split.
 *
 * @param spec how the molecules were read and featurised
 * @param invalid the rows whose SMILES did not parse (skipped)
 * @param featuriseSeconds wall-clock seconds of parsing and featurising
 */
public record MoleculeData<I extends Inputs>(MoleculeSpec spec, Origin origin, ClassNames classes,
        List<InvalidSmiles> invalid,
        Map<Part, Dataset<I>> parts, double featuriseSeconds) implements PartedData<I> {

    @Override
    public Dataset<I> part(Part part) {
        return parts.get(part);
    }

    /** Molecules as graphs (carrying the spec's fingerprint, if any). */
    public static MoleculeData<Graphs> graphs(Path file, MoleculeSpec spec, Map<String, Integer> simulate,
            SplitSpec split, long seed) {
        long start = System.nanoTime();
        MoleculeTable table = SmilesCsvReader.read(file, spec.smilesColumn(), spec.labelColumn(), spec.invalid());
        Graphs graphs = MoleculeFeaturizer.graphs(table.molecules(), spec.fingerprint());
        return of(spec, table, new Dataset<>(graphs, table.target(), table.origin()), simulate, split, seed, start);
    }

    /** Molecules as fingerprints (for an MLP). */
    public static MoleculeData<DenseMatrix> fingerprints(Path file, MoleculeSpec spec, Map<String, Integer> simulate,
            SplitSpec split, long seed) {
        if (spec.fingerprint() == null) {
            throw new ConfigException("an MLP on molecules needs a fingerprint (--fingerprint ecfp4, maccs, ...)");
        }
        long start = System.nanoTime();
        MoleculeTable table = SmilesCsvReader.read(file, spec.smilesColumn(), spec.labelColumn(), spec.invalid());
        DenseMatrix bits = MoleculeFeaturizer.fingerprints(table.molecules(), spec.fingerprint());
        return of(spec, table, new Dataset<>(bits, table.target(), table.origin()), simulate, split, seed, start);
    }

    private static <I extends Inputs> MoleculeData<I> of(MoleculeSpec spec, MoleculeTable table, Dataset<I> all,
            Map<String, Integer> simulate, SplitSpec split, long seed, long start) {
        int[] groups = split.duplicates() == DuplicatePolicy.GROUP ? DuplicateStructures.groups(table.molecules()) : null;
        double seconds = (System.nanoTime() - start) / 1e9;
        Seeds seeds = Seeds.of(seed);
        Split parts = StratifiedSplitter.split(all.classTarget(), groups, split, seeds.stream("split"),
                table.origin().file());
        Dataset<I> train = all.select(parts.train());
        if (!simulate.isEmpty()) {
            try {
                train = train.select(MakeImbalance.rows(train.classTarget(), simulate, seeds.stream("imbalance")));
            } catch (ConfigException e) {
                throw new ConfigException("--simulate draws from the training part only (" + train.size()
                        + " molecules of " + table.origin().file() + "): " + e.getMessage()
                        + "; ask for fewer or use a larger data set");
            }
        }
        Map<Part, Dataset<I>> out = new EnumMap<>(Part.class);
        out.put(Part.TRAIN, train);
        out.put(Part.VALID, all.select(parts.valid()));
        out.put(Part.TEST, all.select(parts.test()));
        return new MoleculeData<>(spec, table.origin(), table.target().classes(), table.invalid(), out, seconds);
    }
}
