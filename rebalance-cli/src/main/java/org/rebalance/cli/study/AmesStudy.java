package org.rebalance.cli.study;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.rebalance.chem.feature.Fingerprint;
import org.rebalance.chem.io.InvalidSmilesPolicy;
import org.rebalance.cli.report.ConsoleTables;
import org.rebalance.cli.run.InputKind;
import org.rebalance.cli.run.MoleculeData;
import org.rebalance.cli.run.MoleculeSet;
import org.rebalance.cli.run.MoleculeSpec;
import org.rebalance.cli.run.RunPipeline;
import org.rebalance.cli.run.RunResult;
import org.rebalance.cli.run.RunSpec;
import org.rebalance.core.data.Graphs;
import org.rebalance.core.data.Part;
import org.rebalance.core.data.csv.TableSpec;
import org.rebalance.core.learn.Gcn;
import org.rebalance.core.learn.GraphMerge;
import org.rebalance.core.learn.NetworkSpec;
import org.rebalance.core.metrics.Metric;
import org.rebalance.core.metrics.ThresholdRule;
import org.rebalance.core.split.DuplicatePolicy;
import org.rebalance.core.split.SplitSpec;
import org.rebalance.core.strategy.Strategy;
import org.rebalance.core.strategy.StrategyDescription;
import org.rebalance.core.util.ProgressListener;
import org.rebalance.nn.train.TrainingOptions;

/**
 * The Ames mutagenicity study: graph-convolution networks on the full (nearly balanced) Hansen set,
 * then on a simulated small unbalanced set (250 positives and 2,500 negatives drawn from the
 * training part of the TDC set) with seven strategies, every one evaluated on the same untouched
 * validation and test parts, printed as train/valid/test confusion matrices and summed up over seeds.
 */
public final class AmesStudy {
    /** How much to run: seeds, epochs and early-stopping patience. */
    public record Settings(int seeds, int epochs, int patience) {
        public static Settings full() {
            return new Settings(3, 40, 10);
        }

        public static Settings quick() {
            return new Settings(1, 20, 6);
        }
    }

    /** One finished run of the study. */
    public record Outcome(String step, String strategy, int seed, RunResultSummary result) {
    }

    /** The numbers of a run that the summary needs (the network itself is closed). */
    public record RunResultSummary(double sensitivity, double specificity, double balancedAccuracy, double rocAuc,
            double seconds) {
    }

    static final SplitSpec SPLIT = new SplitSpec(0.8, 0.1, 0.1, DuplicatePolicy.GROUP);
    static final Map<String, Integer> SMALL_SET = Map.of("1", 250, "0", 2500);
    private static final List<Metric> SHOWN = List.of(Metric.SENSITIVITY, Metric.SPECIFICITY, Metric.ACCURACY,
            Metric.BALANCED_ACCURACY, Metric.ROC_AUC);

    private final PrintStream out;
    private final Function<String, ProgressListener> progress;
    private final Settings settings;

    public AmesStudy(PrintStream out, Function<String, ProgressListener> progress, Settings settings) {
        this.out = out;
        this.progress = progress;
        this.settings = settings;
    }

    /** The strategies of the simulated small set, in the order of the published study. */
    public static List<Strategy> smallSetStrategies() {
        return List.of(
                describe("none", "none", null, null, null, null),
                describe("down-sampling", "random-under", null, null, null, null),
                describe("up-sampling", "random-over", null, null, null, null),
                describe("up+weights(0.1/0.9)", "random-over", "alpha-beta=0.1/0.9", null, null, null),
                describe("focal loss", "none", "none", "focal", 2.0, null),
                describe("balanced batches", "none", null, null, null, "balanced"),
                describe("up-sampling (perturbed)", "perturbed-over", null, null, null, null));
    }

    private static Strategy describe(String name, String sampler, String weights, String loss, Double gamma,
            String batches) {
        return new StrategyDescription(name, sampler, null, null, weights, loss, null, gamma, null, batches, null, null, null)
                .toStrategy();
    }

    /** Runs both parts of the study; returns every outcome. */
    public List<Outcome> run(Path hansen, Path tdc) {
        List<Outcome> outcomes = new ArrayList<>();
        TrainingOptions training = TrainingOptions.defaults().withEpochs(settings.epochs()).withPatience(settings.patience())
                .withBatchSize(64).withLearningRate(1e-3);
        MoleculeSpec graphsOnly = new MoleculeSpec("smiles", "label", InvalidSmilesPolicy.SKIP, null);
        MoleculeSpec withFingerprint = new MoleculeSpec("smiles", "label", InvalidSmilesPolicy.SKIP,
                Fingerprint.ecfp4());
        Strategy none = smallSetStrategies().get(0);
        MoleculeSet<Graphs> hansenSet = MoleculeSet.graphs(hansen, withFingerprint); // read once, split per seed
        MoleculeSet<Graphs> tdcSet = MoleculeSet.graphs(tdc, graphsOnly);
        for (int s = 0; s < settings.seeds(); s++) {
            long seed = s + 1;
            out.printf(Locale.ROOT, "%n######## seed %d of %d%n", s + 1, settings.seeds());
            out.printf(Locale.ROOT, "%n==== 1. full Hansen set (%s), no adjustment%n", hansen.getFileName());
            MoleculeData<Graphs> full = hansenSet.split(Map.of(), SPLIT, seed);
            if (s == 0) {
                describeData(full);
            }
            outcomes.add(runOne("1. full", "gcn", Gcn.defaults(), none, hansen, strip(full), training, seed));
            outcomes.add(runOne("1. full", "merge (gcn + ECFP4)", GraphMerge.defaults(), none, hansen, full, training,
                    seed));
            out.printf(Locale.ROOT, "%n==== 2. simulated small unbalanced set: 250 positives, 2,500 negatives drawn "
                    + "from the training part of %s%n", tdc.getFileName());
            MoleculeData<Graphs> small = tdcSet.split(SMALL_SET, SPLIT, seed);
            if (s == 0) {
                describeData(small);
            }
            for (Strategy strategy : smallSetStrategies()) {
                outcomes.add(runOne("2. 250/2500", strategy.name(), Gcn.defaults(), strategy, tdc, small, training,
                        seed));
            }
        }
        out.println();
        out.print(new StudySummary(outcomes).table());
        return outcomes;
    }

    /** The same parts without the fingerprints (a plain GCN takes graphs only). */
    private static MoleculeData<Graphs> strip(MoleculeData<Graphs> d) {
        Map<Part, org.rebalance.core.data.Dataset<Graphs>> parts = new java.util.EnumMap<>(Part.class);
        for (Part p : Part.values()) {
            org.rebalance.core.data.Dataset<Graphs> part = d.part(p);
            List<org.rebalance.core.data.Graph> graphs = new ArrayList<>();
            for (int i = 0; i < part.size(); i++) {
                graphs.add(part.inputs().graph(i));
            }
            parts.put(p, new org.rebalance.core.data.Dataset<>(Graphs.of(graphs, part.inputs().nodeFeatures(), null,
                    part.inputs().edgeKinds()),
                    part.target(), part.origin()));
        }
        return new MoleculeData<>(d.spec(), d.origin(), d.classes(), d.invalid(), parts, d.featuriseSeconds());
    }

    private void describeData(MoleculeData<Graphs> d) {
        out.printf(Locale.ROOT, "%d rows read, %d molecules featurised in %.1f s (CDK, %d atom features)",
                d.origin().rows(), d.origin().rows() - d.invalid().size(), d.featuriseSeconds(),
                d.part(Part.TRAIN).inputs().nodeFeatures());
        out.printf(Locale.ROOT, "; %s%n", org.rebalance.chem.io.InvalidSmiles.summary(d.invalid()));
        out.printf(Locale.ROOT, "parts: train %s, valid %s, test %s (identical structures kept in one part)%n",
                counts(d, Part.TRAIN), counts(d, Part.VALID), counts(d, Part.TEST));
    }

    private static String counts(MoleculeData<?> d, Part p) {
        int[] c = d.part(p).classTarget().counts();
        return d.part(p).size() + " (" + c[1] + " positive)";
    }

    private Outcome runOne(String step, String name, NetworkSpec network, Strategy strategy, Path file,
            MoleculeData<Graphs> data, TrainingOptions training, long seed) {
        RunSpec spec = new RunSpec(file, new TableSpec("label", java.util.Set.of(), java.util.Set.of()),
                Map.of(), SPLIT, strategy, network, training, new ThresholdRule.Fixed(0.5), seed);
        try (RunResult<Graphs> r = RunPipeline.run(spec, data, InputKind.GRAPHS, progress.apply(name))) {
            out.printf(Locale.ROOT, "%n-- %s: %s (training counts %s -> %s, best epoch %d, %.1f s)%n", step, name,
                    java.util.Arrays.toString(r.trainCounts()), java.util.Arrays.toString(r.resampledCounts()),
                    r.fit().bestEpoch(), r.trainSeconds());
            out.print(ConsoleTables.confusionAndSelectedMetrics(r.evaluationsInOrder(), data.classes(), SHOWN));
            var test = r.evaluation(Part.TEST);
            return new Outcome(step, name, (int) seed, new RunResultSummary(test.get(Metric.SENSITIVITY),
                    test.get(Metric.SPECIFICITY), test.get(Metric.BALANCED_ACCURACY), test.get(Metric.ROC_AUC),
                    r.trainSeconds()));
        }
    }
}
