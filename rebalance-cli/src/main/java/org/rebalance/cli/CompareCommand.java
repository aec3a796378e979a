package org.rebalance.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rebalance.cli.experiment.ExperimentConfig;
import org.rebalance.cli.experiment.ExperimentOutputs;
import org.rebalance.cli.experiment.ExperimentRunner;
import org.rebalance.cli.experiment.ExperimentResults;
import org.rebalance.cli.experiment.ResultsFile;
import org.rebalance.cli.regression.SignalStudyConfig;
import org.rebalance.cli.regression.SignalStudyOutputs;
import org.rebalance.cli.regression.SignalStudyRunner;
import org.rebalance.cli.options.CommonOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rebalance compare}: strategies over repeats on paired splits, with significance tests. */
@Command(name = "compare", description = "Compare strategies over repeated seeds (YAML or JSON experiment file).")
final class CompareCommand implements Callable<Integer> {
    @ParentCommand
    private RebalanceCommand parent;

    @Mixin
    private CommonOptions common;

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "Experiment file (.yaml or .json).")
    private Path config;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Experiment folder: results.jsonl (resumable), summary.json, report.html, report.md.")
    private Path out;

    @Option(names = "--workers", paramLabel = "N",
            description = "Cells trained at once (default: the file's workers, else 1). With more than one, each "
                    + "cell's engine work runs on one thread unless --threads says otherwise.")
    private Integer workers;

    @Option(names = "--quick", description = "Only the file's first seed: a quick look, no significance tests.")
    private boolean quick;

    @Override
    public Integer call() throws Exception {
        boolean existed = java.nio.file.Files.exists(out);
        try {
            return SignalStudyConfig.declaresRegression(config) ? regression() : classification();
        } catch (RuntimeException e) {
            // a failure before the first finished cell leaves no empty experiment folder behind
            if (!existed && java.nio.file.Files.isDirectory(out)) {
                try (var entries = java.nio.file.Files.list(out)) {
                    if (entries.findAny().isEmpty()) {
                        java.nio.file.Files.delete(out);
                    }
                }
            }
            throw e;
        }
    }

    private int classification() throws Exception {
        ExperimentConfig c = ExperimentConfig.read(config);
        if (quick) {
            c = c.withSeeds(c.seeds().subList(0, 1));
        }
        ExperimentRunner runner = new ExperimentRunner(c, config.toAbsolutePath().getParent());
        ExperimentOutputs.baseline(c); // checked before any training
        int cellsAtOnce = workers != null ? workers : c.workers() != null ? c.workers() : 1;
        if (runner.graphNetwork() || cellsAtOnce > 1) {
            Launch.startEngineForGraphs(common);
        } else {
            Launch.startEngine(common);
        }
        ResultsFile results = runner.run(out, Launch.progress(common, parent.err(), "experiment"), cellsAtOnce);
        ExperimentResults summary = ExperimentOutputs.write(out, c, results.lines());
        parent.out().print(summary.text());
        parent.out().println("results in " + out.resolve(ResultsFile.NAME) + "; report in " + out.resolve("report.html"));
        return 0;
    }

    /** A target-distribution study ({@code task: regression}). */
    private int regression() throws Exception {
        SignalStudyConfig c = SignalStudyConfig.read(config);
        if (quick) {
            c = c.withSeeds(c.seeds().subList(0, 1));
        }
        int cellsAtOnce = workers != null ? workers : c.workerCount();
        if (cellsAtOnce > 1) {
            Launch.startEngineForGraphs(common);
        } else {
            Launch.startEngine(common);
        }
        ResultsFile results = new SignalStudyRunner(c).run(out, Launch.progress(common, parent.err(), "study"),
                cellsAtOnce);
        parent.out().print(SignalStudyOutputs.write(out, c, results.lines()));
        parent.out().println("results in " + out.resolve(ResultsFile.NAME) + "; report in " + out.resolve("report.html"));
        return 0;
    }
}
