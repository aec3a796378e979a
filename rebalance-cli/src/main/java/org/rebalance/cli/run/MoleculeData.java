package org.rebalance.cli.run;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rebalance.chem.io.InvalidSmiles;
import org.rebalance.chem.io.MoleculeTable;
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

    /** Reads and featurises {@code file} as graphs, then splits it for {@code seed}. */
    public static MoleculeData<Graphs> graphs(Path file, MoleculeSpec spec, Map<String, Integer> simulate,
            SplitSpec split, long seed) {
        return MoleculeSet.graphs(file, spec).split(simulate, split, seed);
    }

    /** Reads and featurises {@code file} as fingerprints, then splits it for {@code seed}. */
    public static MoleculeData<DenseMatrix> fingerprints(Path file, MoleculeSpec spec, Map<String, Integer> simulate,
            SplitSpec split, long seed) {
        return MoleculeSet.fingerprints(file, spec).split(simulate, split, seed);
    }

    /** The parts of an already featurised set for one seed. */
    static <I extends Inputs> MoleculeData<I> of(MoleculeSet<I> set, Map<String, Integer> simulate, SplitSpec split,
            long seed) {
        MoleculeTable table = set.table();
        Dataset<I> all = set.all();
        int[] groups = split.duplicates() == DuplicatePolicy.GROUP ? set.groups() : null;
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
        return new MoleculeData<>(set.spec(), table.origin(), table.target().classes(), table.invalid(), out,
                set.featuriseSeconds());
    }
}
