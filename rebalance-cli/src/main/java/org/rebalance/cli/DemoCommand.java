package org.rebalance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rebalance.cli.options.CommonOptions;
import org.rebalance.cli.report.ConsoleTables;
import org.rebalance.cli.report.StrategyComparison;
import org.rebalance.cli.run.PreparedData;
import org.rebalance.cli.run.RunPipeline;
import org.rebalance.cli.run.RunResult;
import org.rebalance.cli.run.RunSpec;
import org.rebalance.core.data.Part;
import org.rebalance.core.data.csv.TableSpec;
import org.rebalance.core.learn.Mlp;
import org.rebalance.core.metrics.Metric;
import org.rebalance.core.metrics.ThresholdRule;
import org.rebalance.core.split.SplitSpec;
import org.rebalance.core.strategy.StrategyKind;
import org.rebalance.nn.train.TrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rebalance demo}: the embedded mammography data (260 calcifications among 11,183
 * mammograms), one split, four strategies, the paper-style tables and a verdict.
 */
@Command(name = "demo", description = "Compare imbalance strategies on the embedded mammography data set.")
final class DemoCommand implements Callable<Integer> {
    static final String RESOURCE = "/data/mammography.csv";

    @ParentCommand
    private RebalanceCommand parent;

    @Mixin
    private CommonOptions common;

    @Option(names = "--epochs", defaultValue = "25", description = "Maximum epochs (default: ${DEFAULT-VALUE}).")
    private int epochs;

    @Option(names = "--seed", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--strategies", split = ",", defaultValue = "none,undersample,oversample,weighted",
            description = "Strategies to compare (default: ${DEFAULT-VALUE}).")
    private List<String> strategies;

    @Override
    public Integer call() throws IOException {
        PrintStream out = parent.out();
        List<StrategyKind> kinds = new ArrayList<>();
        for (String s : strategies) {
            kinds.add(StrategyKind.parse(s));
        }
        TrainingOptions training = TrainingOptions.defaults().withEpochs(epochs).withBatchSize(128)
                .withLearningRate(3e-3).withPatience(6);
        Launch.startEngine(common);
        Path dir = Files.createTempDirectory("rebalance-demo");
        Path file = dir.resolve("mammography.csv");
        try {
            extract(file);
            TableSpec table = new TableSpec("label", java.util.Set.of(), java.util.Set.of());
            SplitSpec split = SplitSpec.defaults();
            PreparedData data = PreparedData.of(file, table, split, seed);
            out.printf(Locale.ROOT, "Rebalance demo: mammography (Woods et al. 1993), %d mammograms, %d with "
                    + "micro-calcifications (class 1).%nOne stratified split (identical rows kept together), an "
                    + "MLP %s, the best epoch chosen by validation %s.%n%n", data.origin().rows(),
                    countOfClassOne(data), "64-32", training.selectBy().key());
            List<StrategyComparison.Entry> entries = new ArrayList<>();
            for (StrategyKind kind : kinds) {
                RunSpec spec = new RunSpec(file, table, java.util.Map.of(), split, kind.create(), Mlp.defaults(), training,
                        new ThresholdRule.Fixed(0.5), seed);
                try (RunResult r = RunPipeline.run(spec, data, Launch.progress(common, parent.err(), kind.cliName()))) {
                    out.printf(Locale.ROOT, "== strategy: %s (training counts %s -> %s, best epoch %d, %.1f s)%n",
                            kind.cliName(), java.util.Arrays.toString(r.trainCounts()),
                            java.util.Arrays.toString(r.resampledCounts()), r.fit().bestEpoch(), r.trainSeconds());
                    out.println(ConsoleTables.confusionAndMetrics(r.evaluationsInOrder(), data.classes()));
                    entries.add(new StrategyComparison.Entry(kind.cliName(), r.evaluation(Part.VALID),
                            r.evaluation(Part.TEST), r.trainSeconds()));
                }
            }
            StrategyComparison comparison = new StrategyComparison(entries, Metric.BALANCED_ACCURACY);
            out.println("== comparison (test part; \"found\" = rare cases caught / all rare cases)");
            out.println(comparison.table());
            out.print(comparison.verdict(StrategyKind.NONE.cliName()));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
        return 0;
    }

    private static long countOfClassOne(PreparedData data) {
        long n = 0;
        for (Part p : Part.values()) {
            n += data.part(p).classTarget().counts()[1];
        }
        return n;
    }

    private static void extract(Path file) {
        try (InputStream in = DemoCommand.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the embedded data " + RESOURCE + " is missing from the app");
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
