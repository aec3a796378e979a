package org.rebalance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rebalance.cli.experiment.ExperimentConfig;
import org.rebalance.cli.experiment.ExperimentRunner;
import org.rebalance.cli.experiment.ExperimentSummary;
import org.rebalance.cli.experiment.ResultsFile;
import org.rebalance.cli.options.CommonOptions;
import org.rebalance.core.strategy.Strategy;
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
            description = "Experiment folder: results.jsonl (resumable) and summary.json.")
    private Path out;

    @Override
    public Integer call() throws Exception {
        ExperimentConfig c = ExperimentConfig.read(config);
        Path dir = config.toAbsolutePath().getParent();
        ExperimentRunner runner = new ExperimentRunner(c, dir);
        List<String> names = runner.strategies().stream().map(Strategy::name).toList();
        String baseline = c.baseline() == null ? names.get(0) : c.baseline();
        if (!names.contains(baseline)) {
            throw new org.rebalance.core.ConfigException("baseline \"" + baseline + "\" is not one of the strategies "
                    + names);
        }
        Launch.startEngine(common);
        ResultsFile results = runner.run(out, Launch.progress(common, parent.err(), "experiment"));
        ExperimentSummary summary = ExperimentSummary.of(results.lines(), names, c.seeds(), runner.metric(), baseline);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve("summary.json").toFile(),
                summary);
        parent.out().print(summary.table());
        parent.out().print(summary.verdict());
        parent.out().println("results in " + out.resolve(ResultsFile.NAME) + " and " + out.resolve("summary.json"));
        return 0;
    }
}
