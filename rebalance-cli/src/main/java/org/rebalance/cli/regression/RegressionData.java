package org.rebalance.cli.regression;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Origin;
import org.rebalance.core.data.Part;
import org.rebalance.core.data.Table;
import org.rebalance.core.data.csv.CsvReader;
import org.rebalance.core.data.csv.TableSpec;
import org.rebalance.core.preprocess.Preprocessor;
import org.rebalance.core.regression.TargetBinnedLabels;
import org.rebalance.core.split.DuplicatePolicy;
import org.rebalance.core.split.Groups;
import org.rebalance.core.split.Split;
import org.rebalance.core.split.SplitSpec;
import org.rebalance.core.split.StratifiedSplitter;
import org.rebalance.core.util.Seeds;

/**
 * A CSV file with a real-valued target, read, split and preprocessed: the split is stratified over ten
 * equal-width target bins (so rare target ranges reach every part), identical rows stay in one part, and
 * the preprocessing is fitted on the training part only.
 */
public record RegressionData(Origin origin, String targetColumn, Preprocessor preprocessor,
        Map<Part, Dataset<DenseMatrix>> parts) {
    /** Bins the split is stratified over. */
    static final int STRATA = 10;

    public Dataset<DenseMatrix> part(Part part) {
        return parts.get(part);
    }

    public static double[] targets(Dataset<?> d) {
        return d.regressionTarget().values();
    }

    public static RegressionData read(Path path, TableSpec table, SplitSpec split, long seed) {
        Dataset<Table> raw = CsvReader.readRegression(path, table);
        String file = raw.origin().file();
        ClassTarget strata = TargetBinnedLabels.of(targets(raw), STRATA);
        int[] groups = split.duplicates() == DuplicatePolicy.GROUP ? Groups.ofIdenticalRows(raw.inputs()) : null;
        Split parts = StratifiedSplitter.split(strata, groups, split, Seeds.of(seed).stream("split"), file);
        Dataset<Table> train = raw.select(parts.train());
        Preprocessor pre = Preprocessor.fit(train.inputs());
        Map<Part, Dataset<DenseMatrix>> out = new EnumMap<>(Part.class);
        out.put(Part.TRAIN, transform(pre, train, file));
        out.put(Part.VALID, transform(pre, raw.select(parts.valid()), file));
        out.put(Part.TEST, transform(pre, raw.select(parts.test()), file));
        return new RegressionData(raw.origin(), table.label(), pre, out);
    }

    private static Dataset<DenseMatrix> transform(Preprocessor pre, Dataset<Table> part, String file) {
        return new Dataset<>(pre.apply(part.inputs(), file), part.target(), part.origin());
    }
}
