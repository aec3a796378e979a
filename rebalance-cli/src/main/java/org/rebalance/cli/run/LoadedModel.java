package org.rebalance.cli.run;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.DataException;
import org.rebalance.core.data.Location;
import org.rebalance.core.data.Table;
import org.rebalance.core.data.csv.TableSpec;
import org.rebalance.core.metrics.Scores;
import org.rebalance.core.metrics.Threshold;
import org.rebalance.core.preprocess.Preprocessor;
import org.rebalance.nn.bundle.BundleManifest;
import org.rebalance.nn.bundle.ModelBundle;
import org.rebalance.nn.bundle.ImageFormat;
import org.rebalance.nn.bundle.MoleculeInput;
import org.rebalance.core.ConfigException;
import org.rebalance.core.image.ImageSet;
import org.rebalance.chem.feature.Fingerprint;
import org.rebalance.chem.feature.MoleculeFeaturizer;
import org.rebalance.chem.io.InvalidSmilesPolicy;
import org.rebalance.chem.io.MoleculeTable;
import org.rebalance.chem.io.SmilesCsvReader;

/**
 * A model bundle ready to score new files (tables, molecules or images): the network, its fitted
 * preprocessing, class names and threshold. Close it to free the network's native memory.
 */
public final class LoadedModel implements AutoCloseable {
    private final ModelBundle bundle;
    private final Preprocessor preprocessor;
    private final ClassNames classes;

    private LoadedModel(ModelBundle bundle) {
        this.bundle = bundle;
        this.preprocessor = bundle.manifest().preprocessing() == null ? null
                : Preprocessor.of(bundle.manifest().preprocessing());
        this.classes = ClassNames.of(bundle.manifest().classes());
    }

    public static LoadedModel read(Path dir) {
        return new LoadedModel(ModelBundle.read(dir));
    }

    public BundleManifest manifest() {
        return bundle.manifest();
    }

    public ClassNames classes() {
        return classes;
    }

    public Threshold threshold() {
        return new Threshold(bundle.manifest().threshold());
    }

    public Preprocessor preprocessor() {
        return preprocessor;
    }

    /**
     * How to read a file for this model: its label column (or the one given), its dropped columns,
     * and the columns it one-hot encodes (declared or inferred in training) as categorical.
     */
    @SuppressWarnings("unchecked")
    public TableSpec tableSpec(String labelOverride) {
        Map<String, Object> o = bundle.manifest().options();
        List<String> drop = (List<String>) o.getOrDefault("drop", List.of());
        List<String> categorical = bundle.manifest().preprocessing().categoricalColumns();
        String label = labelOverride != null ? labelOverride : bundle.manifest().labelColumn();
        return new TableSpec(label, new LinkedHashSet<>(drop), new LinkedHashSet<>(categorical));
    }

    /** True for a model of SMILES files (graphs or fingerprints), false for tables. */
    public boolean molecules() {
        return bundle.manifest().molecules() != null;
    }

    /**
     * Reads a SMILES file the way the model was trained (its SMILES column, featurisation and
     * fingerprint) and scores every molecule that parses.
     *
     * @param labelColumn the label column to read, or null for a file to score only
     */
    public ScoredMolecules scoreMolecules(Path file, String labelColumn, InvalidSmilesPolicy invalid) {
        MoleculeInput m = bundle.manifest().molecules();
        MoleculeTable table = SmilesCsvReader.read(file, m.smilesColumn(), labelColumn, invalid);
        Fingerprint fp = m.fingerprint() == null ? null : Fingerprint.parse(m.fingerprint());
        Scores scores = m.graphs()
                ? bundle.graphModel().score(MoleculeFeaturizer.graphs(table.molecules(), fp))
                : bundle.vectorModel().score(MoleculeFeaturizer.fingerprints(table.molecules(), fp));
        return new ScoredMolecules(table, scores);
    }

    /** The molecules of a file that parsed, and their scores. */
    public record ScoredMolecules(MoleculeTable table, Scores scores) {
    }

    /** True for a model of images (a 2-D CNN): its bundle records their shape, colour mode and normalisation. */
    public boolean images() {
        return bundle.manifest().images() != null;
    }

    /**
     * A {@link ConfigException} unless the model takes what the command was given: images ({@code --images})
     * or a CSV file ({@code --data}).
     */
    public void requireInput(boolean images, Path dir) {
        if (images && !images()) {
            throw new ConfigException(dir + " holds a model of " + (molecules() ? "molecules" : "tables")
                    + "; --images needs a model trained with train --images");
        }
        if (!images && images()) {
            throw new ConfigException(dir + " holds a model of images; give them with --images, not --data");
        }
    }

    /**
     * Reads images the way the model was trained (its colour mode and size; see {@link ImagesToScore#read}).
     *
     * @param labelled read the labels too (by the model's classes)
     */
    public ImagesToScore readImages(Path path, boolean labelled) {
        ImageFormat f = bundle.manifest().images();
        return ImagesToScore.read(path, f.shape(), f.colour(), labelled ? classes : null);
    }

    /** Scores images of the model's shape after the training part's per-channel normalisation. */
    public Scores scoreImages(ImageSet raw) {
        return bundle.imageModel().score(bundle.manifest().images().normalizer().apply(raw));
    }

    /** True for a regression model (its bundle maps the single output to the target). */
    public boolean regression() {
        return bundle.manifest().regression() != null;
    }

    /** Predicted targets of a regression model, in the target's units. */
    public double[] predict(Table features) {
        return bundle.regressionModel().predict(preprocessor.apply(features));
    }

    public Scores score(Table features, String file) {
        return bundle.vectorModel().score(preprocessor.apply(features, file));
    }

    /** The file's labels re-indexed to the model's classes; an unknown class is a DataException. */
    public ClassTarget align(ClassTarget fileTarget, String file, String labelColumn) {
        return fileTarget.reindexed(classes, c -> unknownClass(Location.cell(file, firstRowOf(fileTarget, c),
                labelColumn), fileTarget.classes().name(c), classes));
    }

    /** The error for a class in the data that the model was not trained on. */
    static DataException unknownClass(Location where, String name, ClassNames known) {
        return new DataException(where, "class \"" + name + "\" is unknown to the model (it knows " + known.names() + ")");
    }

    private static long firstRowOf(ClassTarget t, int c) {
        for (int i = 0; i < t.size(); i++) {
            if (t.label(i) == c) {
                return i + 1;
            }
        }
        return -1;
    }

    @Override
    public void close() {
        bundle.close();
    }
}
