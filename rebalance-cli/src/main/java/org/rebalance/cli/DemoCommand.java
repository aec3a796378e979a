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
import org.rebalance.cli.study.AmesStudy;
import org.rebalance.core.data.DenseMatrix;
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
 * {@code rebalance demo}: the Ames mutagenicity study on the embedded SMILES sets (graph-convolution
 * networks, a simulated 250/2,500 set and seven strategies); with {@code --tabular}, the short
 * comparison on the embedded mammography data (260 calcifications among 11,183 mammograms).
 */
@Command(name = "demo", description = "The Ames mutagenicity study on the embedded data (--quick: one seed, "
        + "fewer epochs; --tabular: the mammography comparison).")
final class DemoCommand implements Callable<Integer> {
    static final String RESOURCE = "/data/mammography.csv";
    static final String HANSEN = "/data/ames_hansen2009.csv";
    static final String TDC = "/data/ames_tdc_xu2012.csv";

    @ParentCommand
    private RebalanceCommand parent;

    @Mixin
    private CommonOptions common;

    @Option(names = "--quick", description = "Ames study with one seed and at most 20 epochs (under 3 minutes on 2 cores).")
    private boolean quick;

    @Option(names = "--seeds", description = "Ames study: number of seeds (default: 3, or 1 with --quick).")
    private Integer seeds;

    @Option(names = "--tabular", description = "Run the short mammography comparison instead of the Ames study.")
    private boolean tabular;

    @Option(names = "--epochs", description = "Maximum epochs (default: 40 for the Ames study, 20 with --quick, "
            + "25 with --tabular).")
    private Integer epochs;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of --tabular (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--strategies", split = ",", defaultValue = "none,undersample,oversample,weighted",
            description = "Strategies of --tabular (default: ${DEFAULT-VALUE}).")
    private List<String> strategies;

    @Override
    public Integer call() throws IOException {
        if (tabular) {
            return tabular();
        }
        AmesStudy.Settings base = quick ? AmesStudy.Settings.quick() : AmesStudy.Settings.full();
        AmesStudy.Settings settings = new AmesStudy.Settings(seeds == null ? base.seeds() : seeds,
                epochs == null ? base.epochs() : epochs, base.patience());
        Launch.startEngineForGraphs(common);
        PrintStream out = parent.out();
        Path dir = Files.createTempDirectory("rebalance-demo");
        Path hansen = dir.resolve("ames_hansen2009.csv");
        Path tdc = dir.resolve("ames_tdc_xu2012.csv");
        try {
            extract(HANSEN, hansen);
            extract(TDC, tdc);
            out.printf(Locale.ROOT, "Rebalance demo: the Ames mutagenicity study (%d seed%s, up to %d epochs).%n"
                    + "Data: Hansen et al. 2009 (6,512 compounds) and Xu et al. 2012 / TDC (7,278), embedded; "
                    + "label 1 = mutagenic.%nNetwork: graph convolutions 64-64-64 on 75 CDK atom features, sum "
                    + "readout, dense 128; Adam 1e-3, batch 64; best epoch by validation balanced accuracy.%n",
                    settings.seeds(), settings.seeds() == 1 ? "" : "s", settings.epochs());
            new AmesStudy(out, name -> Launch.progress(common, parent.err(), name), settings).run(hansen, tdc);
        } finally {
            Files.deleteIfExists(hansen);
            Files.deleteIfExists(tdc);
            Files.deleteIfExists(dir);
        }
        return 0;
    }

    private int tabular() throws IOException {
        int maxEpochs = epochs == null ? 25 : epochs;
        PrintStream out = parent.out();
        List<StrategyKind> kinds = new ArrayList<>();
        for (String s : strategies) {
            kinds.add(StrategyKind.parse(s));
        }
        TrainingOptions training = TrainingOptions.defaults().withEpochs(maxEpochs).withBatchSize(128)
                .withLearningRate(3e-3).withPatience(6);
        Launch.startEngine(common);
        Path dir = Files.createTempDirectory("rebalance-demo");
        Path file = dir.resolve("mammography.csv");
        try {
            extract(RESOURCE, file);
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
                try (RunResult<DenseMatrix> r = RunPipeline.run(spec, data, Launch.progress(common, parent.err(), kind.cliName()))) {
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

    private static void extract(String resource, Path file) {
        try (InputStream in = DemoCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the embedded data " + resource + " is missing from the app");
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
