package org.rebalance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rebalance.chem.io.InvalidSmilesPolicy;
import org.rebalance.cli.options.CommonOptions;
import org.rebalance.cli.report.ConsoleTables;
import org.rebalance.cli.report.MetricsJson;
import org.rebalance.cli.run.LoadedModel;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.Part;
import org.rebalance.core.data.Table;
import org.rebalance.core.data.csv.ClassRequirement;
import org.rebalance.core.data.csv.CsvReader;
import org.rebalance.core.data.csv.TableSpec;
import org.rebalance.core.metrics.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rebalance evaluate}: a saved model's metrics on a labelled file. */
@Command(name = "evaluate", description = "Measure a saved model on a labelled CSV file.")
final class EvaluateCommand implements Callable<Integer> {
    @ParentCommand
    private RebalanceCommand parent;

    @Mixin
    private CommonOptions common;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "Model bundle written by train.")
    private Path model;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "Labelled CSV file.")
    private Path data;

    @Option(names = "--label", paramLabel = "COL", description = "Label column (default: the one used in training).")
    private String label;

    @Option(names = "--invalid", defaultValue = "skip", paramLabel = "POLICY",
            description = "Molecule models: SMILES that do not parse are skipped with a warning, or fail "
                    + "(default: ${DEFAULT-VALUE}).")
    private String invalid;

    @Option(names = "--json", description = "Print the metrics as JSON.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        Launch.startEngine(common);
        try (LoadedModel loaded = LoadedModel.read(model)) {
            Evaluation e = loaded.molecules() ? evaluateMolecules(loaded) : evaluateTable(loaded);
            if (json) {
                parent.out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(MetricsJson.of(e, loaded.classes())));
            } else {
                parent.out().printf("model: %s (strategy %s, threshold %s); data: %s%n%n", model,
                        loaded.manifest().strategy(), ConsoleTables.format(loaded.threshold().value()), data);
                parent.out().print(ConsoleTables.confusionAndMetrics(List.of(e), loaded.classes()));
            }
        }
        return 0;
    }

    private Evaluation evaluateTable(LoadedModel loaded) {
        TableSpec spec = loaded.tableSpec(label);
        Dataset<Table> file = CsvReader.read(data, spec, ClassRequirement.ANY);
        ClassTarget truth = loaded.align(file.classTarget(), data.toString(), spec.label());
        return Evaluation.of(Part.TEST, truth, loaded.score(file.inputs()), loaded.threshold());
    }

    private Evaluation evaluateMolecules(LoadedModel loaded) {
        String column = label != null ? label : loaded.manifest().labelColumn();
        LoadedModel.ScoredMolecules scored = loaded.scoreMolecules(data, column, InvalidSmilesPolicy.parse(invalid));
        if (!scored.table().invalid().isEmpty()) {
            parent.err().println("warning: " + scored.table().invalidSummary() + "; they are not scored");
        }
        ClassTarget truth = loaded.align(scored.table().target(), data.toString(), column);
        return Evaluation.of(Part.TEST, truth, scored.scores(), loaded.threshold());
    }
}
