package org.rebalance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rebalance.cli.run.ResampledTable;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Table;
import org.rebalance.core.data.csv.CsvReader;
import org.rebalance.core.data.csv.TableSpec;
import org.rebalance.core.resample.Resampling;
import org.rebalance.core.resample.Sampler;
import org.rebalance.core.resample.SamplerCatalog;
import org.rebalance.core.resample.SamplingStrategy;
import org.rebalance.core.util.Seeds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rebalance bench-resample}: median seconds and class counts of samplers on a data set, in
 * the JSON layout of {@code shared/ref/resample_ref.py}, for side-by-side comparison.
 */
@Command(name = "bench-resample", description = "Benchmark samplers (median seconds, class counts) on a CSV file.")
final class BenchResampleCommand implements Callable<Integer> {
    @ParentCommand
    private RebalanceCommand parent;

    @Option(names = "--data", required = true, description = "CSV with a label column.")
    private Path data;

    @Option(names = "--methods", split = ",", defaultValue = "smote,enn",
            description = "Sampler names (default: ${DEFAULT-VALUE}).")
    private List<String> methods;

    @Option(names = "--repeats", defaultValue = "5", description = "Timed repeats per sampler (default: ${DEFAULT-VALUE}).")
    private int repeats;

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--seed", defaultValue = "0", description = "Seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--warm-up", defaultValue = "3", paramLabel = "SECONDS",
            description = "Untimed runs before timing: at least three, and at least this long (default: ${DEFAULT-VALUE}).")
    private double warmUpSeconds;

    @Override
    public Integer call() throws Exception {
        System.setProperty("java.util.concurrent.ForkJoinPool.common.parallelism", Integer.toString(Math.max(1, threads - 1)));
        Dataset<Table> table = CsvReader.read(data, TableSpec.of("label"));
        ClassTarget target = table.classTarget();
        Map<String, Object> results = new LinkedHashMap<>();
        DenseMatrix x = null;
        for (String method : methods) {
            Sampler sampler = SamplerCatalog.create(method, SamplingStrategy.Named.AUTO, SamplerCatalog.Parameters.defaults());
            if (x == null) {
                x = ResampledTable.view(table.inputs(), sampler).matrix();
            }
            // let the JIT compile the hot loops before timing: three runs, and by default at least three seconds of
            // them (a fast sampler on small data is otherwise still partly interpreted after three runs, and SMOTE at
            // n = 100,000 still ran 9-13 ms a run after one second, 8 ms from the third second on)
            long warmUpStart = System.nanoTime();
            long warmUp = (long) (warmUpSeconds * 1e9);
            for (int w = 0; w < 3 || System.nanoTime() - warmUpStart < warmUp; w++) {
                resample(sampler, x, target, seed);
            }
            System.gc(); // the warm-up's garbage (SMOTE: 16 MB per run) is not the timed runs' cost
            double[] seconds = new double[repeats];
            Resampling plan = null;
            for (int r = 0; r < repeats; r++) {
                long start = System.nanoTime();
                plan = resample(sampler, x, target, seed + r);
                seconds[r] = (System.nanoTime() - start) / 1e9;
            }
            Arrays.sort(seconds);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("median_s", seconds[repeats / 2]);
            result.put("min_s", seconds[0]);
            Map<String, Integer> counts = new LinkedHashMap<>();
            int[] after = plan.target(target).counts();
            for (int c = 0; c < after.length; c++) {
                counts.put(target.classes().name(c), after[c]);
            }
            result.put("counts", counts);
            results.put(method, result);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("peer", "rebalance");
        out.put("n", target.size());
        out.put("d", x == null ? 0 : x.cols());
        out.put("threads", threads);
        out.put("results", results);
        parent.out().println(new ObjectMapper().writeValueAsString(out));
        return 0;
    }

    /**
     * The timed work: the plan and the resampled table it gives (features and labels), as imbalanced-learn's
     * {@code fit_resample} returns its resampled arrays.
     */
    private static Resampling resample(Sampler sampler, DenseMatrix x, ClassTarget target, long seed) {
        Resampling plan = sampler.plan(x, target, Seeds.of(seed).stream("resample"));
        DenseMatrix features = plan.features(x);
        ClassTarget labels = plan.target(target);
        if (features.rows() != labels.size()) {
            throw new IllegalStateException("resampled features and labels differ in length");
        }
        return plan;
    }
}
