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
import org.rebalance.cli.run.ImagesToScore;
import org.rebalance.cli.run.LoadedModel;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.Part;
import org.rebalance.core.data.Table;
import org.rebalance.core.data.csv.ClassRequirement;
import org.rebalance.core.data.csv.CsvReader;
import org.rebalance.core.data.csv.TableSpec;
import org.rebalance.core.metrics.Evaluation;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.rebalance.core.regression.MeanBaseline;
import org.rebalance.core.regression.RegressionMetrics;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rebalance evaluate}: a saved model's metrics on a labelled file. */
@Command(name = "evaluate", description = "Measure a saved model on a labelled CSV file or labelled images.")
final class EvaluateCommand implements Callable<Integer> {
    @ParentCommand
    private RebalanceCommand parent;

    @Mixin
    private CommonOptions common;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "Model bundle written by train.")
    private Path model;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    /** What to measure on: a labelled CSV file or labelled images. */
    static final class Source {
        @Option(names = "--data", required = true, paramLabel = "FILE", description = "Labelled CSV file.")
        Path data;

        @Option(names = "--images", required = true, paramLabel = "PATH",
                description = "Labelled images, for a model trained with train --images: a folder of IDX files (its "
                        + "t10k test part), an IDX images file with its labels file beside it, a folder with train/ "
                        + "and test/ class folders (test/), or a folder of class sub-folders.")
        Path images;
    }

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
            loaded.requireInput(source.images != null, model);
            if (loaded.regression()) {
                evaluateRegression(loaded);
                return 0;
            }
            Evaluation e = loaded.images() ? evaluateImages(loaded)
                    : loaded.molecules() ? evaluateMolecules(loaded) : evaluateTable(loaded);
            if (json) {
                parent.out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(MetricsJson.of(e, loaded.classes())));
            } else {
                parent.out().printf("model: %s (strategy %s, threshold %s); data: %s%n%n", model,
                        loaded.manifest().strategy(), ConsoleTables.format(loaded.threshold().value()),
                        source.images != null ? source.images : source.data);
                parent.out().print(ConsoleTables.confusionAndMetrics(List.of(e), loaded.classes()));
                if (loaded.classes().size() > 2) {
                    parent.out().print('\n' + ConsoleTables.perClass(e, loaded.classes()));
                }
            }
        }
        return 0;
    }

    /** Regression errors of the model and of its training mean (the baseline) on the file. */
    private void evaluateRegression(LoadedModel loaded) throws java.io.IOException {
        Dataset<Table> file = CsvReader.readRegression(source.data, loaded.tableSpec(label));
        double[] truth = file.regressionTarget().values();
        RegressionMetrics model = RegressionMetrics.of(truth, loaded.predict(file.inputs()));
        double mean = loaded.manifest().regression().targetMean();
        RegressionMetrics base = RegressionMetrics.of(truth, new MeanBaseline(mean).predict(truth.length));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", model.n());
        for (Map.Entry<String, RegressionMetrics> e : Map.of("model", model, "baseline", base).entrySet()) {
            RegressionMetrics r = e.getValue();
            m.put(e.getKey(), new LinkedHashMap<>(Map.of("mse", MetricsJson.number(r.mse()),
                    "rmse", MetricsJson.number(r.rmse()), "mae", MetricsJson.number(r.mae()),
                    "r2", MetricsJson.number(r.r2()))));
        }
        if (json) {
            parent.out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m));
            return;
        }
        parent.out().printf(Locale.ROOT, "model: %s (regression, remedy %s); data: %s (%d rows)%n%n", this.model,
                loaded.manifest().strategy(), source.data, model.n());
        parent.out().printf(Locale.ROOT, "%-22s %10s %10s %10s %10s%n", "", "MSE", "RMSE", "MAE", "R²");
        for (Object[] row : new Object[][] {{"model", model}, {"mean baseline (" + ConsoleTables.format(mean) + ")", base}}) {
            RegressionMetrics r = (RegressionMetrics) row[1];
            parent.out().printf(Locale.ROOT, "%-22s %10.4f %10.4f %10.4f %10.4f%n", row[0], r.mse(), r.rmse(), r.mae(),
                    r.r2());
        }
    }

    private Evaluation evaluateImages(LoadedModel loaded) {
        ImagesToScore read = loaded.readImages(source.images, true);
        return Evaluation.of(Part.TEST, read.labels(), loaded.scoreImages(read.images()), loaded.threshold());
    }

    private Evaluation evaluateTable(LoadedModel loaded) {
        TableSpec spec = loaded.tableSpec(label);
        Dataset<Table> file = CsvReader.read(source.data, spec, ClassRequirement.ANY);
        ClassTarget truth = loaded.align(file.classTarget(), source.data.toString(), spec.label());
        return Evaluation.of(Part.TEST, truth, loaded.score(file.inputs(), source.data.toString()), loaded.threshold());
    }

    private Evaluation evaluateMolecules(LoadedModel loaded) {
        String column = label != null ? label : loaded.manifest().labelColumn();
        LoadedModel.ScoredMolecules scored = loaded.scoreMolecules(source.data, column, InvalidSmilesPolicy.parse(invalid));
        if (!scored.table().invalid().isEmpty()) {
            parent.err().println("warning: " + scored.table().invalidSummary() + "; they are not scored");
        }
        ClassTarget truth = loaded.align(scored.table().target(), source.data.toString(), column);
        return Evaluation.of(Part.TEST, truth, scored.scores(), loaded.threshold());
    }
}
