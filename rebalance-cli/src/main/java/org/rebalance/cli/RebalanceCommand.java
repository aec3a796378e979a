package org.rebalance.cli;

import java.io.PrintStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The top-level {@code rebalance} command; holds the output streams its subcommands print to. */
@Command(name = "rebalance", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Deep learning on imbalanced data: resample, re-weight, train, and measure honestly.",
        subcommands = {DemoCommand.class, TrainCommand.class, EvaluateCommand.class, PredictCommand.class,
                MetricsCommand.class, ResampleCommand.class, CompareCommand.class, ReportCommand.class, BenchCommand.class, BenchGcnCommand.class, BenchCnn1dCommand.class, BenchCnn2dCommand.class,
                BenchResampleCommand.class, HelpCommand.class})
public final class RebalanceCommand implements Runnable {
    private final PrintStream out;
    private final PrintStream err;

    RebalanceCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    @Override
    public void run() {
        out.println("rebalance: choose a command (demo, train, evaluate, predict, metrics, resample, compare); see rebalance --help");
    }
}
