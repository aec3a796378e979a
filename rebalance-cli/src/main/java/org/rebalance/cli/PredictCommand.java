package org.rebalance.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rebalance.chem.io.InvalidSmilesPolicy;
import org.rebalance.cli.options.CommonOptions;
import org.rebalance.cli.run.ImagesToScore;
import org.rebalance.cli.run.LoadedModel;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.Table;
import org.rebalance.core.data.csv.CsvReader;
import org.rebalance.core.metrics.BinaryScores;
import org.rebalance.core.metrics.MulticlassScores;
import org.rebalance.core.metrics.Scores;
import org.rebalance.core.metrics.Threshold;
import org.rebalance.core.learn.PriorShift;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rebalance predict}: scores and predicted classes for every row of a file. */
@Command(name = "predict", description = "Score a CSV file or images with a saved model and write the scores as CSV.")
final class PredictCommand implements Callable<Integer> {
    @ParentCommand
    private RebalanceCommand parent;

    @Mixin
    private CommonOptions common;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "Model bundle written by train.")
    private Path model;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    /** What to score: a CSV file or images. */
    static final class Source {
        @Option(names = "--data", required = true, paramLabel = "FILE",
                description = "CSV file with the model's feature columns (a label column is ignored).")
        Path data;

        @Option(names = "--images", required = true, paramLabel = "PATH",
                description = "Images, for a model trained with train --images: an IDX images file, a folder of IDX "
                        + "files (its t10k test part), a folder with train/ and test/ class folders (test/), a "
                        + "folder of class sub-folders, or a flat folder of PNG/JPEG images (labels are ignored).")
        Path images;
    }

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Output CSV: row (the data row of the input file) or image (its path relative to --images, "
                    + "or its 1-based item number in an IDX file), score (probability of the positive class) or one "
                    + "probability per class, and the predicted class; for a regression model, row and prediction.")
    private Path out;

    @Option(names = "--invalid", defaultValue = "skip", paramLabel = "POLICY",
            description = "Molecule models: SMILES that do not parse are left out with a warning (their row "
                    + "numbers are missing from the output), or fail (default: ${DEFAULT-VALUE}).")
    private String invalid;

    @Option(names = "--prior", defaultValue = "model", paramLabel = "PRIOR",
            description = "Probabilities for which class prior: model (as trained, the default), original (the "
                    + "training file's class shares), uniform, or shares by class such as 0:0.99,1:0.01. "
                    + "Corrected scores are classified at 0.5 (binary) or by the top class.")
    private String prior;

    @Option(names = "--logit-adjust", paramLabel = "TAU",
            description = "Post-hoc logit adjustment (Menon et al. 2021): subtract TAU * log(learnt prior) from "
                    + "the logits, i.e. score as if the classes were balanced (TAU = 1). Not with --prior.")
    private Double logitAdjust;

    @Override
    public Integer call() throws IOException {
        Launch.startEngine(common);
        try (LoadedModel loaded = LoadedModel.read(model)) {
            loaded.requireInput(source.images != null, model);
            Path data = source.data;
            if (loaded.regression()) {
                Table features = CsvReader.readFeatures(data, loaded.tableSpec(null), loaded.preprocessor().inputColumns());
                double[] predicted = loaded.predict(features);
                writeAtomically(List.of("row", "prediction"), csv -> {
                    for (int i = 0; i < predicted.length; i++) {
                        csv.printRecord(i + 1, predicted[i]);
                    }
                });
                parent.out().printf(Locale.ROOT, "wrote %d predictions to %s%n", predicted.length, out);
                return 0;
            }
            List<?> rows;
            Scores scores;
            if (loaded.images()) {
                ImagesToScore read = loaded.readImages(source.images, false);
                rows = read.ids();
                scores = loaded.scoreImages(read.images());
            } else if (loaded.molecules()) {
                LoadedModel.ScoredMolecules scored = loaded.scoreMolecules(data, null, InvalidSmilesPolicy.parse(invalid));
                if (!scored.table().invalid().isEmpty()) {
                    parent.err().println("warning: " + scored.table().invalidSummary()
                            + "; they have no row in the output");
                }
                rows = java.util.Arrays.stream(scored.table().rows()).boxed().toList();
                scores = scored.scores();
            } else {
                Table features = CsvReader.readFeatures(data, loaded.tableSpec(null),
                        loaded.preprocessor().inputColumns());
                rows = java.util.stream.LongStream.rangeClosed(1, features.size()).boxed().toList();
                scores = loaded.score(features, data.toString());
            }
            boolean corrected = !"model".equals(prior.trim());
            if (corrected && logitAdjust != null) {
                throw new org.rebalance.core.ConfigException("--prior and --logit-adjust both change the prior; give one");
            }
            if (corrected) {
                scores = new PriorShift(loaded.manifest().trainingPrior(), targetPrior(loaded)).correct(scores);
            } else if (logitAdjust != null) {
                scores = PriorShift.logitAdjustment(loaded.manifest().trainingPrior(), logitAdjust).correct(scores);
                corrected = true;
            }
            write(loaded.images() ? "image" : "row", rows, scores, loaded,
                    corrected ? new Threshold(0.5) : loaded.threshold());
            parent.out().printf(Locale.ROOT, "wrote %d predictions to %s%n", rows.size(), out);
        }
        return 0;
    }

    private double[] targetPrior(LoadedModel loaded) {
        String p = prior.trim();
        int k = loaded.classes().size();
        if (p.equals("original")) {
            return loaded.manifest().originalPrior();
        }
        if (p.equals("uniform")) {
            double[] u = new double[k];
            java.util.Arrays.fill(u, 1.0);
            return u;
        }
        double[] shares = new double[k];
        for (String part : p.split(",")) {
            int colon = part.lastIndexOf(':');
            int c = colon <= 0 ? -1 : loaded.classes().indexOf(part.substring(0, colon).trim());
            if (c < 0) {
                throw new org.rebalance.core.ConfigException("--prior: \"" + part.trim() + "\" is not class:share for "
                        + "one of the classes " + loaded.classes().names() + " (or model, original, uniform)");
            }
            try {
                shares[c] = Double.parseDouble(part.substring(colon + 1).trim());
            } catch (NumberFormatException e) {
                throw new org.rebalance.core.ConfigException("--prior: \"" + part.trim() + "\" has no number after ':'");
            }
        }
        return shares;
    }

    /** Writes the rows a {@link Rows} prints under {@code header} into a temporary file, then moves it into place. */
    private void writeAtomically(List<String> header, Rows rows) throws IOException {
        Path absolute = out.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".partial");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(temp);
                    CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                            .setHeader(header.toArray(String[]::new)).setRecordSeparator('\n').build())) {
                rows.print(csv);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The records of an output file. */
    @FunctionalInterface
    private interface Rows {
        void print(CSVPrinter csv) throws IOException;
    }

    /** One record per scored row or image: its identifier under {@code idColumn}, its scores, its predicted class. */
    private void write(String idColumn, List<?> rows, Scores scores, LoadedModel loaded, Threshold threshold)
            throws IOException {
        ClassNames classes = loaded.classes();
        List<String> header = new ArrayList<>(List.of(idColumn));
        if (scores instanceof BinaryScores) {
            header.add("score");
        } else {
            for (String c : classes.names()) {
                header.add("p_" + c);
            }
        }
        header.add("predicted");
        writeAtomically(header, csv -> {
            if (scores instanceof BinaryScores b) {
                int[] predicted = b.predict(threshold);
                for (int i = 0; i < predicted.length; i++) {
                    csv.printRecord(rows.get(i), b.score(i), classes.name(predicted[i]));
                }
            } else {
                MulticlassScores m = (MulticlassScores) scores;
                int[] predicted = m.argmax();
                for (int i = 0; i < predicted.length; i++) {
                    List<Object> row = new ArrayList<>();
                    row.add(rows.get(i));
                    for (int c = 0; c < classes.size(); c++) {
                        row.add(m.probability(i, c));
                    }
                    row.add(classes.name(predicted[i]));
                    csv.printRecord(row);
                }
            }
        });
    }
}
