package org.rebalance.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rebalance.cli.options.DataOptions;
import org.rebalance.core.neighbours.Distance;
import org.rebalance.cli.report.RunSummary;
import org.rebalance.cli.run.ResampledTable;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.Table;
import org.rebalance.core.data.csv.CsvReader;
import org.rebalance.core.resample.Resampling;
import org.rebalance.core.resample.Sampler;
import org.rebalance.core.resample.SamplerCatalog;
import org.rebalance.core.resample.SamplingStrategy;
import org.rebalance.core.split.MakeImbalance;
import org.rebalance.core.util.Seeds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rebalance resample}: a resampled copy of a table, with class counts before and after. */
@Command(name = "resample", description = "Resample a labelled CSV file and write the result as CSV.")
final class ResampleCommand implements Callable<Integer> {
    @ParentCommand
    private RebalanceCommand parent;

    @Option(names = "--data", required = true, paramLabel = "FILE",
            description = "CSV file with a header line (.csv or .csv.gz).")
    private Path file;

    @Mixin
    private DataOptions data;

    @Option(names = "--method", required = true, paramLabel = "NAME",
            description = "Sampler: ${COMPLETION-CANDIDATES}.", completionCandidates = SamplerNames.class)
    private String method;

    @Option(names = "--ratio", defaultValue = "auto", paramLabel = "R",
            description = "Sampling target: a ratio (0.5), per-class counts (0:2000,1:500) or auto (default).")
    private String ratio;

    @Option(names = "--k", defaultValue = "5", description = "Neighbours for neighbour-based samplers (default: ${DEFAULT-VALUE}).")
    private int k;

    @Option(names = "--distance", defaultValue = "euclidean", paramLabel = "NAME",
            description = "Distance of the neighbour samplers (smote, borderline-smote-*, adasyn, enn, renn, tomek-links, ncr, "
                    + "one-sided-selection, near-miss-*): euclidean, or "
                    + "jaccard for 0/1 fingerprints (default: ${DEFAULT-VALUE}).")
    private String distance;

    @Option(names = "--seed", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output CSV file.")
    private Path out;

    @Option(names = "--debug", hidden = true)
    private boolean debug;

    @Override
    public Integer call() throws Exception {
        Sampler sampler = SamplerCatalog.create(method, SamplingStrategy.parse(ratio),
                new SamplerCatalog.Parameters(k).withDistance(Distance.parse(distance)));
        Dataset<Table> read = CsvReader.read(file, data.tableSpec());
        Dataset<Table> table = data.simulate().isEmpty() ? read : read.select(MakeImbalance.rows(read.classTarget(),
                data.simulate(), Seeds.of(seed).stream("imbalance")));
        ClassTarget target = table.classTarget();
        ResampledTable.View view = ResampledTable.view(table.inputs(), sampler);
        Resampling plan = sampler.plan(view.matrix(), target, Seeds.of(seed).stream("resample"));
        ResampledTable.write(out, table, data.label, plan, view);
        parent.out().printf("%s: class counts %s -> %s; wrote %d rows (%d synthetic) to %s%n", sampler.name(),
                RunSummary.counts(target.counts(), target.classes()),
                RunSummary.counts(plan.target(target).counts(), target.classes()), plan.size(),
                plan.synthetic().length, out);
        return 0;
    }

    /** Sampler names for the help text. */
    static final class SamplerNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return SamplerCatalog.names().iterator();
        }
    }
}
