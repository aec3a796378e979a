package org.rebalance.cli.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.fasterxml.jackson.databind.JsonNode;
import org.rebalance.chem.feature.Fingerprint;
import org.rebalance.chem.io.InvalidSmilesPolicy;
import org.rebalance.cli.report.MetricsJson;
import org.rebalance.cli.run.ImageData;
import org.rebalance.cli.run.InputKind;
import org.rebalance.cli.run.MoleculeSet;
import org.rebalance.cli.run.MoleculeSpec;
import org.rebalance.cli.run.PartedData;
import org.rebalance.cli.run.PreparedData;
import org.rebalance.cli.run.RunPipeline;
import org.rebalance.cli.run.RunResult;
import org.rebalance.cli.run.RunSpec;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Graphs;
import org.rebalance.core.data.Inputs;
import org.rebalance.core.data.Part;
import org.rebalance.core.data.Table;
import org.rebalance.core.data.csv.CsvReader;
import org.rebalance.core.data.csv.TableSpec;
import org.rebalance.core.image.ColourMode;
import org.rebalance.core.learn.Activation;
import org.rebalance.core.learn.Cnn2d;
import org.rebalance.core.learn.Gcn;
import org.rebalance.core.learn.GraphMerge;
import org.rebalance.core.learn.Mlp;
import org.rebalance.core.learn.NetworkSpec;
import org.rebalance.core.learn.Readout;
import org.rebalance.core.metrics.BinaryScores;
import org.rebalance.core.metrics.Metric;
import org.rebalance.core.metrics.ThresholdRule;
import org.rebalance.core.split.DuplicatePolicy;
import org.rebalance.core.split.SplitSpec;
import org.rebalance.core.strategy.Strategy;
import org.rebalance.core.strategy.StrategyDescription;
import org.rebalance.core.util.Futures;
import org.rebalance.core.util.ProgressListener;
import org.rebalance.nn.train.TrainingOptions;

/**
 * Runs every cell of an experiment (strategy x seed) through the same {@link RunPipeline} as
 * {@code train}: one split per seed shared by all strategies, results appended to
 * {@code results.jsonl} as cells finish, finished cells skipped on a restart.
 */
public final class ExperimentRunner {
    private final ExperimentConfig config;
    private final Path configDir;

    public ExperimentRunner(ExperimentConfig config, Path configDir) {
        this.config = config;
        this.configDir = configDir;
    }

    private Path file(ExperimentConfig.DataConfig d) {
        Path f = Path.of(d.file() != null ? d.file() : d.images());
        return f.isAbsolute() ? f : configDir.resolve(f).normalize();
    }

    /** The strategies, checked and named uniquely. */
    public List<Strategy> strategies() {
        List<Strategy> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (StrategyDescription d : config.strategies()) {
            Strategy s = d.toStrategy();
            if (!names.add(s.name())) {
                throw new ConfigException("two strategies are named \"" + s.name() + "\"; give them distinct names");
            }
            out.add(s);
        }
        return out;
    }

    /** One compared arm: a strategy trained with one network (named "strategy @ model" when there are several). */
    record Arm(Strategy strategy, NetworkSpec network, TrainingOptions training) {
        String name() {
            return strategy.name();
        }
    }

    /** Every strategy with every model, model by model, in file order. */
    List<Arm> arms() {
        List<Arm> out = new ArrayList<>();
        List<ExperimentConfig.ModelConfig> models = config.modelList();
        List<Strategy> strategies = strategies();
        for (int i = 0; i < models.size(); i++) {
            ExperimentConfig.ModelConfig m = models.get(i);
            for (Strategy s : strategies) {
                Strategy named = config.severalModels() ? s.withName(s.name() + " @ " + ExperimentConfig.modelName(m, i)) : s;
                out.add(new Arm(named, network(m), training(m)));
            }
        }
        return out;
    }

    /** The arms' names in order: the strategies, or "strategy @ model" for several models. */
    public List<String> armNames() {
        return arms().stream().map(Arm::name).toList();
    }

    public Metric metric() {
        return Metric.parse(config.metric() == null ? "balanced-accuracy" : config.metric());
    }

    /** Runs the cells not yet in the results file, one at a time; returns the file's lines. */
    public ResultsFile run(Path outDir, ProgressListener progress) {
        return run(outDir, progress, 1);
    }

    /**
     * Runs the cells not yet in the results file, up to {@code workers} at once (the strategies of one
     * data set and seed share its split, so cells run in parallel within a seed). A cell's result does
     * not depend on what runs beside it: every random choice comes from the cell's own seeded
     * streams. Finished cells are appended as they finish; at the end the file is rewritten in
     * data-set, seed, strategy order, so it is the same whatever the workers and interruptions.
     */
    public ResultsFile run(Path outDir, ProgressListener progress, int workers) {
        if (workers < 1) {
            throw new ConfigException("workers must be >= 1, got " + workers);
        }
        List<Arm> strategies = arms();
        NetworkSpec network = strategies.get(0).network();
        if (config.dataSets().stream().anyMatch(d -> d.smiles() != null)
                && strategies.stream().anyMatch(a -> !a.network().name().equals(network.name()))) {
            throw new ConfigException("the models of an experiment on SMILES must be of one type (mlp, gcn or merge): "
                    + "each type reads the molecules differently");
        }
        ResultsFile results = ResultsFile.open(outDir);
        List<ExperimentConfig.DataConfig> dataSets = config.dataSets();
        int total = dataSets.size() * strategies.size() * config.seeds().size();
        int[] done = {0};
        progress.start("cells", total);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers);
        try {
            for (ExperimentConfig.DataConfig d : dataSets) {
                String name = d.displayName();
                String shown = dataSets.size() > 1 ? name + ": " : "";
                TableSpec table = tableSpec(d);
                SplitSpec split = splitSpec(d);
                MoleculeSet<?> molecules = null; // a SMILES file is read and featurised once, then split per seed
                ImageData.ImageFiles images = null; // image files too
                Dataset<Table> rows = null; // and tables
                for (long seed : config.seeds()) {
                    List<Arm> pending = strategies.stream()
                            .filter(s -> !results.has(name, s.name(), seed)).toList();
                    synchronized (done) {
                        done[0] += strategies.size() - pending.size();
                        progress.step(done[0], shown + "seed " + seed);
                    }
                    if (pending.isEmpty()) {
                        continue;
                    }
                    if (d.smiles() != null && molecules == null) {
                        molecules = readMolecules(d, table, network);
                    }
                    if (d.images() != null && images == null) {
                        images = ImageData.read(file(d), ColourMode.parse(d.colour() == null ? "gray" : d.colour()));
                    }
                    if (d.smiles() == null && d.images() == null && rows == null) {
                        rows = CsvReader.read(file(d), table);
                    }
                    Prepared<?> data = prepare(d, molecules, images, rows, split, seed);
                    List<java.util.concurrent.Future<?>> cells = new ArrayList<>();
                    for (Arm arm : pending) {
                        Strategy strategy = arm.strategy();
                        cells.add(pool.submit(() -> {
                            RunSpec spec = new RunSpec(file(d), table, simulate(d), split, strategy, arm.network(),
                                    arm.training(), new ThresholdRule.Fixed(0.5), seed);
                            try (RunResult<?> r = data.run(spec)) {
                                results.append(cell(dataSets.size() > 1 ? name : null, strategy, seed, r));
                            }
                            synchronized (done) {
                                progress.step(++done[0], shown + strategy.name() + ", seed " + seed);
                            }
                        }));
                    }
                    Futures.joinAll(cells);
                }
            }
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        results.sort(java.util.Comparator.comparingInt((JsonNode l) -> indexOf(dataSets, l))
                .thenComparingInt(l -> config.seeds().indexOf(l.get("seed").asLong()))
                .thenComparingInt(l -> indexOfStrategy(strategies, l)));
        return results;
    }


    private static int indexOf(List<ExperimentConfig.DataConfig> dataSets, JsonNode line) {
        String single = dataSets.get(0).displayName();
        String name = ResultsFile.datasetOf(line, single);
        for (int i = 0; i < dataSets.size(); i++) {
            if (dataSets.get(i).displayName().equals(name)) {
                return i;
            }
        }
        return dataSets.size();
    }

    private static int indexOfStrategy(List<Arm> strategies, JsonNode line) {
        String name = line.get("strategy").asText();
        for (int i = 0; i < strategies.size(); i++) {
            if (strategies.get(i).name().equals(name)) {
                return i;
            }
        }
        return strategies.size();
    }

    /** One seed's split data with the input kind that trains on it. */
    private record Prepared<I extends Inputs>(PartedData<I> data, InputKind<I> kind) {
        RunResult<I> run(RunSpec spec) {
            return RunPipeline.run(spec, data, kind, ProgressListener.NONE);
        }
    }

    /** True when the experiment's network takes graphs (gcn, merge), which train on one engine thread. */
    public boolean graphNetwork() {
        return arms().stream().anyMatch(a -> !(a.network() instanceof Mlp));
    }

    private Prepared<?> prepare(ExperimentConfig.DataConfig d, MoleculeSet<?> molecules, ImageData.ImageFiles images,
            Dataset<Table> rows, SplitSpec split, long seed) {
        if (images != null) {
            ImageData.LongTailSpec lt = d.longTail() != null ? d.longTail()
                    : new ImageData.LongTailSpec("exponential", 100, 500, 0);
            return new Prepared<>(ImageData.of(images, lt, d.validPerClass() == null ? 50 : d.validPerClass(), seed),
                    InputKind.IMAGES);
        }
        if (molecules == null) {
            return new Prepared<>(PreparedData.of(rows, simulate(d), split, seed), InputKind.VECTORS);
        }
        return prepared(molecules, simulate(d), split, seed);
    }

    @SuppressWarnings("unchecked") // a set of graphs trains as graphs, a set of fingerprints as vectors
    private static Prepared<?> prepared(MoleculeSet<?> molecules, Map<String, Integer> simulate, SplitSpec split,
            long seed) {
        if (molecules.all().inputs() instanceof Graphs) {
            return new Prepared<>(((MoleculeSet<Graphs>) molecules).split(simulate, split, seed), InputKind.GRAPHS);
        }
        return new Prepared<>(((MoleculeSet<DenseMatrix>) molecules).split(simulate, split, seed), InputKind.VECTORS);
    }

    private MoleculeSet<?> readMolecules(ExperimentConfig.DataConfig d, TableSpec table, NetworkSpec network) {
        Path dataFile = file(d);
        Fingerprint fp = d.fingerprint() != null ? Fingerprint.parse(d.fingerprint())
                : network instanceof Gcn ? null : Fingerprint.ecfp4();
        MoleculeSpec spec = new MoleculeSpec(d.smiles(), table.label(),
                InvalidSmilesPolicy.parse(d.invalid() == null ? "skip" : d.invalid()), network instanceof Gcn ? null : fp);
        return network instanceof Mlp ? MoleculeSet.fingerprints(dataFile, spec) : MoleculeSet.graphs(dataFile, spec);
    }

    private static Map<String, Object> cell(String dataset, Strategy strategy, long seed, RunResult<?> r) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (dataset != null) {
            m.put("dataset", dataset);
        }
        m.put("strategy", strategy.name());
        m.put("seed", seed);
        m.put("valid", MetricsJson.of(r.evaluation(Part.VALID), r.data().classes()));
        m.put("test", MetricsJson.of(r.evaluation(Part.TEST), r.data().classes()));
        m.put("classes", r.data().classes().names());
        m.put("train_counts", r.trainCounts());
        m.put("best_epoch", r.fit().bestEpoch());
        m.put("epochs_run", r.fit().history().size());
        m.put("train_seconds", r.trainSeconds());
        // learning curves, for convergence plots: per epoch, training loss, validation loss and metric
        List<Map<String, Object>> curve = new ArrayList<>();
        for (org.rebalance.core.learn.EpochRecord e : r.fit().history().epochs()) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("epoch", e.epoch());
            point.put("train_loss", MetricsJson.number(e.trainLoss()));
            point.put("valid_loss", MetricsJson.number(e.validLoss()));
            point.put("valid_metric", MetricsJson.number(e.validMetric()));
            curve.add(point);
        }
        m.put("history", curve);
        if (r.testScores() instanceof BinaryScores b) {
            // per-example test results, for McNemar's test between strategies and ROC / PR curves
            m.put("test_truth", r.data().part(Part.TEST).classTarget().labels());
            double[] p = new double[b.size()];
            for (int i = 0; i < p.length; i++) {
                p[i] = Math.round(b.score(i) * 1e6) / 1e6;
            }
            m.put("test_scores", p);
            m.put("test_predicted", b.predict(r.threshold()));
        }
        return m;
    }

    private TableSpec tableSpec(ExperimentConfig.DataConfig d) {
        return new TableSpec(d.label() == null ? "label" : d.label(), new LinkedHashSet<>(orEmpty(d.drop())),
                new LinkedHashSet<>(orEmpty(d.categorical())));
    }

    private static Map<String, Integer> simulate(ExperimentConfig.DataConfig d) {
        return d.simulate() == null ? Map.of() : d.simulate();
    }

    private static SplitSpec splitSpec(ExperimentConfig.DataConfig d) {
        List<Double> s = d.split();
        if (s == null) {
            return SplitSpec.defaults();
        }
        if (s.size() != 3) {
            throw new ConfigException("data.split needs three fractions (train, valid, test), got " + s.size());
        }
        return new SplitSpec(s.get(0), s.get(1), s.get(2), DuplicatePolicy.GROUP);
    }

    private static NetworkSpec network(ExperimentConfig.ModelConfig m) {
        if (m == null) {
            return Mlp.defaults();
        }
        String type = m.type() == null ? "mlp" : m.type().trim().toLowerCase(java.util.Locale.ROOT);
        if (Boolean.TRUE.equals(m.bondTypes()) && !type.equals("gcn") && !type.equals("merge")) {
            throw new ConfigException("model.bondTypes applies to graph networks (type gcn or merge), not " + type);
        }
        switch (type) {
            case "mlp":
                return new Mlp(m.hidden() == null ? List.of(64, 32) : m.hidden(), m.dropout() == null ? 0.2 : m.dropout(),
                        m.activation() == null ? Activation.RELU : Activation.parse(m.activation()));
            case "gcn":
                return gcn(m);
            case "merge":
                return new GraphMerge(gcn(m), m.fingerprintBranch() == null ? List.of(256, 64) : m.fingerprintBranch());
            case "cnn2d":
                Cnn2d c = Cnn2d.defaults();
                return new Cnn2d(m.channels() == null ? c.channels() : m.channels(), m.kernel() == null ? c.kernel() : m.kernel(),
                        m.pool() == null ? c.pool() : m.pool(), m.stage() == null ? c.stage() : Cnn2d.Stage.parse(m.stage()),
                        m.hidden() == null ? c.head() : m.hidden(), m.dropout() == null ? c.dropout() : m.dropout());
            default:
                throw new ConfigException("model.type must be mlp, gcn, merge or cnn2d, got \"" + m.type() + "\"");
        }
    }

    private static Gcn gcn(ExperimentConfig.ModelConfig m) {
        Gcn d = Gcn.defaults();
        return new Gcn(m.convolutions() == null ? d.convolutions() : m.convolutions(),
                m.readout() == null ? d.readout() : Readout.parse(m.readout()), m.hidden() == null ? d.head() : m.hidden(),
                m.dropout() == null ? d.dropout() : m.dropout(), Boolean.TRUE.equals(m.bondTypes()));
    }

    private static TrainingOptions training(ExperimentConfig.ModelConfig m) {
        TrainingOptions t = TrainingOptions.defaults();
        if (m == null) {
            return t;
        }
        if (m.epochs() != null) {
            t = t.withEpochs(m.epochs());
        }
        if (m.batchSize() != null) {
            t = t.withBatchSize(m.batchSize());
        }
        if (m.learningRate() != null) {
            t = t.withLearningRate(m.learningRate());
        }
        if (m.patience() != null) {
            t = t.withPatience(m.patience());
        }
        if (m.selectBy() != null) {
            t = t.withSelectBy(Metric.parse(m.selectBy()));
        }
        return t;
    }

    private static List<String> orEmpty(List<String> l) {
        return l == null ? List.of() : l;
    }

    public ExperimentConfig config() {
        return config;
    }
}
