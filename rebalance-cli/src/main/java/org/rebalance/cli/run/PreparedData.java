package org.rebalance.cli.run;

import java.util.EnumMap;
import java.util.Map;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Origin;
import org.rebalance.core.data.Part;
import org.rebalance.core.data.Table;
import org.rebalance.core.data.csv.CsvReader;
import org.rebalance.core.data.csv.TableSpec;
import org.rebalance.core.preprocess.Preprocessor;
import org.rebalance.core.split.DuplicatePolicy;
import org.rebalance.core.split.Groups;
import org.rebalance.core.split.MakeImbalance;
import org.rebalance.core.split.Split;
import org.rebalance.core.split.SplitSpec;
import org.rebalance.core.split.StratifiedSplitter;
import org.rebalance.core.util.Seeds;

/**
 * A data file read, split (stratified, identical rows kept together) and preprocessed with
 * statistics of the training part only: the feature matrices of the three parts.
 */
public record PreparedData(Origin origin, ClassNames classes, Preprocessor preprocessor,
        Map<Part, Dataset<DenseMatrix>> parts) implements PartedData<DenseMatrix> {

    @Override
    public Dataset<DenseMatrix> part(Part part) {
        return parts.get(part);
    }

    /** Reads, splits and preprocesses; the same seed always gives the same parts. */
    public static PreparedData of(java.nio.file.Path path, TableSpec table, SplitSpec split, long seed) {
        return of(path, table, Map.of(), split, seed);
    }

    /**
     * As {@link #of(java.nio.file.Path, TableSpec, SplitSpec, long)}, first drawing the given number of
     * rows per class (without replacement) to simulate imbalance, e.g. {@code {"1": 250, "0": 2500}}.
     */
    public static PreparedData of(java.nio.file.Path path, TableSpec table, Map<String, Integer> simulate,
            SplitSpec split, long seed) {
        return of(CsvReader.read(path, table), simulate, split, seed);
    }

    /**
     * As {@link #of(java.nio.file.Path, TableSpec, Map, SplitSpec, long)} for a table already read: an experiment
     * reads its file once and splits it per seed.
     */
    public static PreparedData of(Dataset<Table> read, Map<String, Integer> simulate, SplitSpec split, long seed) {
        Dataset<Table> raw = simulate.isEmpty() ? read
                : read.select(MakeImbalance.rows(read.classTarget(), simulate, Seeds.of(seed).stream("imbalance")));
        int[] groups = split.duplicates() == DuplicatePolicy.GROUP ? Groups.ofIdenticalRows(raw.inputs()) : null;
        Split parts = StratifiedSplitter.split(raw.classTarget(), groups, split, Seeds.of(seed).stream("split"),
                raw.origin().file());
        Dataset<Table> train = raw.select(parts.train());
        Preprocessor pre = Preprocessor.fit(train.inputs());
        String file = raw.origin().file();
        Map<Part, Dataset<DenseMatrix>> out = new EnumMap<>(Part.class);
        out.put(Part.TRAIN, transform(pre, train, file));
        out.put(Part.VALID, transform(pre, raw.select(parts.valid()), file));
        out.put(Part.TEST, transform(pre, raw.select(parts.test()), file));
        return new PreparedData(raw.origin(), raw.classTarget().classes(), pre, out);
    }

    private static Dataset<DenseMatrix> transform(Preprocessor pre, Dataset<Table> part, String file) {
        return new Dataset<>(pre.apply(part.inputs(), file), part.target(), part.origin());
    }
}
