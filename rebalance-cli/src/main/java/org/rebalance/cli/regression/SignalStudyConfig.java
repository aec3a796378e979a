package org.rebalance.cli.regression;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rebalance.core.ConfigException;
import org.rebalance.core.learn.Cnn1d;
import org.rebalance.core.learn.Mlp;
import org.rebalance.core.learn.NetworkSpec;
import org.rebalance.core.learn.RegressionLoss;
import org.rebalance.core.regression.RegressionRemedy;
import org.rebalance.core.regression.SignalGenerator;
import org.rebalance.core.regression.TargetBins;
import org.rebalance.core.regression.TargetLaw;
import org.rebalance.nn.train.RegressionOptions;

/**
 * A target-distribution study file (YAML or JSON, {@code task: regression}): networks trained on synthetic
 * signals whose targets follow each of several laws, all tested on one law, over repeats; remedies for
 * imbalanced regression applied to the laws named in {@code remedyLaws}.
 *
 * @param task must be {@code regression}
 * @param signal the signal length and the sizes of the training, validation and test parts
 * @param test the law of the test part's targets, e.g. {@code uniform(1,10)}
 * @param laws training laws by name, in order; the first (or {@code reference}) is the reference
 * @param reference the law the others are compared with (default: the first)
 * @param remedies remedy names (none, lds, lds-inverse, dense-weight, smoter, smogn, balanced-batches);
 *     {@code none} is always run
 * @param remedyLaws the laws the remedies other than none are applied to (default: all but the reference)
 * @param bins the target bins of the per-bin errors and shot regions (default: unit bins over the test law)
 * @param model network and training settings
 * @param seeds one repeat per seed
 * @param workers cells trained at once (default 1)
 */
public record SignalStudyConfig(String task, SignalConfig signal, String test, LinkedHashMap<String, String> laws,
        String reference, List<String> remedies, List<String> remedyLaws, BinsConfig bins, ModelConfig model,
        List<Long> seeds, Integer workers) {

    /** Signal length and part sizes. */
    public record SignalConfig(Integer length, Integer train, Integer valid, Integer test, Double minimumSigma) {
    }

    /** Equal-width bins over [low, high]. */
    public record BinsConfig(double low, double high, int count) {
    }

    /** Network and training settings; null fields take the defaults. */
    public record ModelConfig(String type, List<Integer> channels, Integer kernel, Integer pool, List<Integer> hidden,
            Double dropout, Integer epochs, Integer batchSize, Double learningRate, Integer patience, String loss) {
    }

    /** This study with other seeds. */
    public SignalStudyConfig withSeeds(List<Long> value) {
        return new SignalStudyConfig(task, signal, test, laws, reference, remedies, remedyLaws, bins, model,
                List.copyOf(value), workers);
    }

    /** True when the experiment file at {@code file} declares {@code task: regression}. */
    public static boolean declaresRegression(Path file) {
        try {
            var tree = mapper(file).readTree(file.toFile());
            return tree != null && tree.has("task") && "regression".equals(tree.get("task").asText());
        } catch (IOException e) {
            return false; // the experiment reader reports the problem
        }
    }

    /** Reads and checks a study file; problems are {@link ConfigException}s naming the file. */
    public static SignalStudyConfig read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(file + ": experiment file not found");
        }
        ObjectMapper mapper = mapper(file);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        SignalStudyConfig c;
        try {
            c = mapper.readValue(file.toFile(), SignalStudyConfig.class);
        } catch (IOException e) {
            String m = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new ConfigException(file + ": " + m.lines().findFirst().orElse(m));
        }
        try {
            c.check();
        } catch (ConfigException e) {
            throw new ConfigException(file + ": " + e.getMessage());
        }
        return c;
    }

    private static ObjectMapper mapper(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper();
    }

    private void check() {
        if (!"regression".equals(task)) {
            throw new ConfigException("task must be regression, got \"" + task + "\"");
        }
        if (laws == null || laws.isEmpty()) {
            throw new ConfigException("laws: name at least one training law, e.g. uniform: uniform(1,10)");
        }
        if (seeds == null || seeds.isEmpty()) {
            throw new ConfigException("seeds: give at least one seed");
        }
        if (seeds.stream().distinct().count() != seeds.size()) {
            throw new ConfigException("seeds: every seed must be distinct");
        }
        trainingLaws();
        testLaw();
        referenceLaw();
        remedyLaws();
        remedyList();
        generator();
        targetBins();
        network();
        options();
        if (partSize(signal == null ? null : signal.valid(), 500, "valid") < 2) {
            throw new ConfigException("signal.valid must be >= 2");
        }
    }

    /** The training laws by name, in file order. */
    public Map<String, TargetLaw> trainingLaws() {
        Map<String, TargetLaw> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : laws.entrySet()) {
            try {
                out.put(e.getKey(), TargetLaw.parse(e.getValue()));
            } catch (ConfigException ex) {
                throw new ConfigException("laws." + e.getKey() + ": " + ex.getMessage());
            }
        }
        return out;
    }

    public TargetLaw testLaw() {
        return TargetLaw.parse(test == null ? "uniform(1,10)" : test);
    }

    /** The reference law's name. */
    public String referenceLaw() {
        String r = reference == null ? laws.keySet().iterator().next() : reference;
        if (!laws.containsKey(r)) {
            throw new ConfigException("reference \"" + r + "\" is not one of the laws " + laws.keySet());
        }
        return r;
    }

    /** The remedies, {@code none} first. */
    public List<RegressionRemedy> remedyList() {
        List<RegressionRemedy> out = new ArrayList<>();
        out.add(RegressionRemedy.parse("none"));
        for (String name : remedies == null ? List.<String>of() : remedies) {
            RegressionRemedy r = RegressionRemedy.parse(name);
            if (out.stream().anyMatch(o -> o.name().equals(r.name()))) {
                if (!r.name().equals("none")) {
                    throw new ConfigException("remedies: \"" + r.name() + "\" is listed twice");
                }
                continue;
            }
            out.add(r);
        }
        return out;
    }

    /** The laws that get the remedies other than none. */
    public List<String> remedyLaws() {
        List<String> out = new ArrayList<>();
        if (remedyLaws == null) {
            for (String law : laws.keySet()) {
                if (!law.equals(referenceLaw())) {
                    out.add(law);
                }
            }
            return out;
        }
        for (String law : remedyLaws) {
            if (!laws.containsKey(law)) {
                throw new ConfigException("remedyLaws: \"" + law + "\" is not one of the laws " + laws.keySet());
            }
            out.add(law);
        }
        return out;
    }

    public SignalGenerator generator() {
        int length = partSize(signal == null ? null : signal.length(), 64, "length");
        double min = signal == null || signal.minimumSigma() == null ? 0.1 : signal.minimumSigma();
        return new SignalGenerator(length, min);
    }

    public int trainSize() {
        return partSize(signal == null ? null : signal.train(), 2000, "train");
    }

    public int validSize() {
        return partSize(signal == null ? null : signal.valid(), 500, "valid");
    }

    public int testSize() {
        return partSize(signal == null ? null : signal.test(), 2000, "test");
    }

    private static int partSize(Integer value, int otherwise, String what) {
        int v = value == null ? otherwise : value;
        if (v < 1) {
            throw new ConfigException("signal." + what + " must be >= 1, got " + v);
        }
        return v;
    }

    /** The bins of the per-bin errors: the file's, or unit-width bins over a uniform test law. */
    public TargetBins targetBins() {
        if (bins != null) {
            if (!(bins.low() < bins.high()) || bins.count() < 1) {
                throw new ConfigException("bins need low < high and count >= 1");
            }
            return TargetBins.of(bins.low(), bins.high(), bins.count());
        }
        if (testLaw() instanceof TargetLaw.Uniform u) {
            int count = (int) Math.max(1, Math.round(u.high() - u.low()));
            return TargetBins.of(u.low(), u.high(), count);
        }
        throw new ConfigException("bins: give low, high and count when the test law is not uniform");
    }

    public NetworkSpec network() {
        ModelConfig m = model;
        String type = m == null || m.type() == null ? "cnn1d" : m.type().trim().toLowerCase(Locale.ROOT);
        switch (type) {
            case "cnn1d":
                Cnn1d d = Cnn1d.defaults();
                return new Cnn1d(m == null || m.channels() == null ? d.channels() : m.channels(),
                        m == null || m.kernel() == null ? d.kernel() : m.kernel(),
                        m == null || m.pool() == null ? d.pool() : m.pool(),
                        m == null || m.hidden() == null ? d.head() : m.hidden(),
                        m == null || m.dropout() == null ? d.dropout() : m.dropout());
            case "mlp":
                Mlp md = Mlp.defaults();
                return new Mlp(m.hidden() == null ? md.hidden() : m.hidden(),
                        m.dropout() == null ? md.dropout() : m.dropout(), md.activation());
            default:
                throw new ConfigException("model.type must be cnn1d or mlp, got \"" + m.type() + "\"");
        }
    }

    /** Training options; a balanced-batches remedy sets its bins per cell. */
    public RegressionOptions options() {
        RegressionOptions o = RegressionOptions.defaults();
        if (model == null) {
            return o;
        }
        if (model.epochs() != null) {
            o = o.withEpochs(model.epochs());
        }
        if (model.batchSize() != null) {
            o = o.withBatchSize(model.batchSize());
        }
        if (model.learningRate() != null) {
            o = o.withLearningRate(model.learningRate());
        }
        if (model.patience() != null) {
            o = o.withPatience(model.patience());
        }
        if (model.loss() != null) {
            o = o.withLoss(RegressionLoss.parse(model.loss()));
        }
        return o;
    }

    public int workerCount() {
        return workers == null ? 1 : workers;
    }
}
