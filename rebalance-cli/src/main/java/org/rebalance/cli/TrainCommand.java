package org.rebalance.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rebalance.cli.options.CommonOptions;
import org.rebalance.cli.options.DataOptions;
import org.rebalance.cli.options.StrategyOptions;
import org.rebalance.cli.options.TrainingOptionsMixin;
import org.rebalance.cli.report.RunSummary;
import org.rebalance.cli.run.RunOutput;
import org.rebalance.cli.run.RunPipeline;
import org.rebalance.cli.run.RunResult;
import org.rebalance.cli.run.RunSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rebalance train}: one strategy, one network, results and model bundle in a directory. */
@Command(name = "train", description = "Train a network with an imbalance strategy and save the model bundle.")
final class TrainCommand implements Callable<Integer> {
    @ParentCommand
    private RebalanceCommand parent;

    @Mixin
    private DataOptions data;

    @Mixin
    private StrategyOptions strategy;

    @Mixin
    private TrainingOptionsMixin training;

    @Mixin
    private CommonOptions common;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Directory for the model bundle and metrics.json (replaced if it exists).")
    private Path out;

    @Override
    public Integer call() {
        RunSpec spec = new RunSpec(data.data, data.tableSpec(), data.simulate(), training.splitSpec(), strategy.strategy(),
                training.network(), training.training(), training.thresholdRule(), training.seed);
        Launch.startEngine(common);
        PrintStream stdout = parent.out();
        try (RunResult result = RunPipeline.run(spec, Launch.progress(common, parent.err(), spec.strategy().name()))) {
            stdout.print(RunSummary.of(result));
            RunOutput.write(out, result, data.label);
            stdout.println("wrote " + out + " (model bundle and " + RunOutput.METRICS + ")");
        }
        return 0;
    }
}
