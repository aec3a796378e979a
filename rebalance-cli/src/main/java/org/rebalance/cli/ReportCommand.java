package org.rebalance.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rebalance.cli.experiment.ExperimentConfig;
import org.rebalance.cli.experiment.ExperimentOutputs;
import org.rebalance.cli.experiment.ExperimentResults;
import org.rebalance.cli.experiment.ResultsFile;
import org.rebalance.cli.regression.SignalStudyOutputs;
import org.rebalance.core.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code rebalance report DIR}: rebuilds an experiment's summary and report from its saved results. */
@Command(name = "report", description = "Rebuild an experiment's summary and report from its folder.")
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    private RebalanceCommand parent;

    @Parameters(paramLabel = "DIR", description = "Experiment folder written by compare.")
    private Path dir;

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(dir.resolve(ResultsFile.NAME))) {
            throw new ConfigException(dir + ": no " + ResultsFile.NAME + " here; run rebalance compare first");
        }
        if (SignalStudyOutputs.isStudy(dir)) {
            parent.out().print(SignalStudyOutputs.write(dir, SignalStudyOutputs.readKept(dir), ResultsFile.open(dir).lines()));
            parent.out().println("report in " + dir.resolve("report.html"));
            return 0;
        }
        ExperimentConfig c = ExperimentOutputs.readKept(dir);
        ExperimentResults summary = ExperimentOutputs.write(dir, c, ResultsFile.open(dir).lines());
        parent.out().print(summary.text());
        parent.out().println("report in " + dir.resolve("report.html"));
        return 0;
    }
}
