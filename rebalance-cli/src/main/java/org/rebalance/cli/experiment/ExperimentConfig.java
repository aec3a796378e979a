package org.rebalance.cli.experiment;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.rebalance.core.ConfigException;
import org.rebalance.core.strategy.StrategyDescription;

/**
 * An experiment file (YAML or JSON): one data set, the strategies to compare, the network, and the
 * seeds (repeats). Every strategy is trained on the same split for a given seed, so results are paired.
 *
 * @param data the data file and how to read it (one data set)
 * @param datasets several data sets instead of {@code data}: every strategy runs on each, and the
 *     report adds the Friedman test with the Nemenyi critical difference across them
 * @param strategies the strategies (the first is the baseline unless {@code baseline} names another)
 * @param model network and training settings (defaults as in {@code train})
 * @param models several networks instead of {@code model}: every strategy is trained with each, and the
 *     arms are named {@code strategy @ model}
 * @param seeds one repeat per seed
 * @param metric the test metric to summarise and compare (a metric name, default balanced-accuracy)
 * @param baseline name of the strategy the others are compared with
 * @param workers cells trained at once (default 1; {@code compare --workers} overrides)
 */
public record ExperimentConfig(DataConfig data, List<DataConfig> datasets, List<StrategyDescription> strategies,
        ModelConfig model, List<ModelConfig> models, List<Long> seeds, String metric, String baseline, Integer workers) {

    /**
     * Where the data are and how to read them; {@code file} is relative to the experiment file. With
     * {@code smiles} (the SMILES column) the file holds molecules, read as by {@code train --smiles}:
     * {@code fingerprint} and {@code invalid} as there, and {@code simulate} draws from the training
     * part only. With {@code images} (a folder of MNIST IDX files, or with {@code train/} and {@code test/} class
     * folders; {@code colour} gray or rgb) the training part is drawn long-tailed ({@code longTail}: profile
     * exponential or step, rho, maxCount, minorityClasses) after a balanced validation part of
     * {@code validPerClass} images per class, and the test file stays balanced.
     */
    public record DataConfig(String name, String file, String label, List<String> drop, List<String> categorical,
            Map<String, Integer> simulate, List<Double> split, String smiles, String fingerprint, String invalid,
            String images, String colour, org.rebalance.cli.run.ImageData.LongTailSpec longTail, Integer validPerClass) {
        /** The name in tables and results: {@code name}, or the file name without its extension. */
        public String displayName() {
            if (name != null && !name.isBlank()) {
                return name.trim();
            }
            String f = Path.of(file != null ? file : images).getFileName().toString();
            int dot = f.indexOf('.');
            return dot > 0 ? f.substring(0, dot) : f;
        }
    }

    /** This experiment with other seeds. */
    public ExperimentConfig withSeeds(List<Long> value) {
        return new ExperimentConfig(data, datasets, strategies, model, models, List.copyOf(value), metric, baseline,
                workers);
    }

    /** The networks of the experiment: {@code models}, or {@code model} alone (null: the defaults). */
    public List<ModelConfig> modelList() {
        if (models == null || models.isEmpty()) {
            return java.util.Collections.singletonList(model);
        }
        return models;
    }

    /** True when the experiment compares several networks. */
    public boolean severalModels() {
        return models != null && models.size() > 1;
    }

    /** A model's name in arm names: its {@code name}, else its type and position ("mlp-1"). */
    public static String modelName(ModelConfig m, int index) {
        if (m != null && m.name() != null && !m.name().isBlank()) {
            return m.name().trim();
        }
        return (m == null || m.type() == null ? "mlp" : m.type().trim()) + "-" + (index + 1);
    }

    /** The data sets of the experiment: {@code datasets}, or {@code data} alone. */
    public List<DataConfig> dataSets() {
        return datasets != null ? datasets : List.of(data);
    }

    /**
     * Network and training settings; null fields take the defaults of {@code rebalance train}.
     * {@code type} is mlp (default), gcn, merge or cnn2d (images: {@code channels} per stage, {@code kernel},
     * {@code pool}, {@code stage} plain or residual); {@code hidden} is the MLP's layers or the other networks' head.
     */
    public record ModelConfig(String name, String type, List<Integer> hidden, Double dropout, String activation,
            List<Integer> convolutions, String readout, List<Integer> fingerprintBranch, Integer epochs,
            Integer batchSize, Double learningRate, Integer patience, String selectBy, List<Integer> channels,
            Integer kernel, Integer pool, String stage, Boolean bondTypes) {
    }

    /** Reads a .yaml/.yml or .json file; problems are {@link ConfigException}s naming the file. */
    public static ExperimentConfig read(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml") ? new ObjectMapper(new YAMLFactory())
                : new ObjectMapper();
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(file + ": experiment file not found");
        }
        ExperimentConfig c;
        try {
            c = mapper.readValue(file.toFile(), ExperimentConfig.class);
        } catch (IOException e) {
            String m = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new ConfigException(file + ": " + m.lines().findFirst().orElse(m));
        }
        if (c == null || (c.data() == null) == (c.datasets() == null || c.datasets().isEmpty())) {
            throw new ConfigException(file + ": the experiment needs either data (one data set) or datasets (a list)");
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (DataConfig d : c.dataSets()) {
            if (d == null || (d.file() == null) == (d.images() == null)) {
                throw new ConfigException(file + ": every data set needs a file (a table or SMILES) or an images folder");
            }
            if (!names.add(d.displayName())) {
                throw new ConfigException(file + ": two data sets are named \"" + d.displayName()
                        + "\"; give them distinct names");
            }
        }
        if (c.strategies() == null || c.strategies().isEmpty()) {
            throw new ConfigException(file + ": the experiment needs at least one strategy");
        }
        if (c.seeds() == null || c.seeds().isEmpty()) {
            throw new ConfigException(file + ": the experiment needs at least one seed");
        }
        if (c.model() != null && c.models() != null) {
            throw new ConfigException(file + ": give either model (one network) or models (a list), not both");
        }
        java.util.Set<String> modelNames = new java.util.HashSet<>();
        List<ModelConfig> list = c.modelList();
        for (int i = 0; i < list.size(); i++) {
            if (!modelNames.add(modelName(list.get(i), i))) {
                throw new ConfigException(file + ": two models are named \"" + modelName(list.get(i), i)
                        + "\"; give them distinct names");
            }
        }
        return c;
    }
}
