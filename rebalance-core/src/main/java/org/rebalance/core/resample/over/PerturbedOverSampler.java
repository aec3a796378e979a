package org.rebalance.core.resample.over;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.rebalance.core.augment.GraphPerturbation;
import org.rebalance.core.augment.VectorPerturbation;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Graph;
import org.rebalance.core.data.Graphs;
import org.rebalance.core.resample.ClassRows;
import org.rebalance.core.resample.Resampling;
import org.rebalance.core.resample.Sampler;
import org.rebalance.core.resample.SamplerKind;
import org.rebalance.core.resample.SamplingStrategy;
import org.rebalance.core.resample.TargetCounts;

/**
 * Over-sampling by perturbed copies instead of duplicates: each class is raised to its target with
 * copies of its own examples (drawn uniformly with replacement) that are slightly changed, so the
 * network never sees the same minority example twice. Feature vectors get {@link VectorPerturbation}
 * (bit flips for fingerprints, Gaussian jitter otherwise); graphs get {@link GraphPerturbation}
 * (node-feature masking and edge dropping, at {@code rate} each) and their graph-level features bit
 * flips. Keeps every original example.
 *
 * @param strategy which classes to raise, and to what
 * @param rate perturbation strength in [0, 1): bit-flip rate, jitter scale, masking and dropping rate
 */
public record PerturbedOverSampler(SamplingStrategy strategy, double rate) implements Sampler {
    public PerturbedOverSampler {
        Objects.requireNonNull(strategy, "strategy");
        new VectorPerturbation(rate); // validates the rate
    }

    @Override
    public SamplerKind kind() {
        return SamplerKind.OVER;
    }

    @Override
    public boolean synthesises() {
        return true;
    }

    @Override
    public String name() {
        return "perturbed-over";
    }

    @Override
    public Resampling plan(DenseMatrix features, ClassTarget target, RandomGenerator rng) {
        ClassRows.checkAligned(features, target);
        int[] counts = target.counts();
        TargetCounts goal = strategy.resolve(counts, target.classes(), kind());
        ClassRows byClass = ClassRows.of(target);
        int extra = goal.total() - target.size();
        int[] sources = new int[extra];
        int[] labels = new int[extra];
        int k = 0;
        for (int c = 0; c < counts.length; c++) {
            for (int e = counts[c]; e < goal.of(c); e++) {
                sources[k] = byClass.row(c, rng.nextInt(counts[c]));
                labels[k++] = c;
            }
        }
        return Resampling.ofRowMajor(Resampling.identity(target.size()).rows(),
                perturbedRows(features, sources, rng).toArray(), features.cols(), labels);
    }

    /**
     * The training graphs followed by perturbed copies that raise each class to its target; graph-level
     * features of the copies are bit-flipped (or jittered) like vectors.
     */
    public Dataset<Graphs> augment(Dataset<Graphs> train, RandomGenerator rng) {
        ClassTarget target = train.classTarget();
        int[] counts = target.counts();
        TargetCounts goal = strategy.resolve(counts, target.classes(), kind());
        GraphPerturbation perturbation = new GraphPerturbation(rate, rate);
        ClassRows byClass = ClassRows.of(target);
        Graphs graphs = train.inputs();
        List<Graph> copies = new ArrayList<>();
        int[] sources = new int[goal.total() - target.size()];
        int[] labels = new int[sources.length];
        int k = 0;
        for (int c = 0; c < counts.length; c++) {
            for (int e = counts[c]; e < goal.of(c); e++) {
                sources[k] = byClass.row(c, rng.nextInt(counts[c]));
                copies.add(perturbation.perturb(graphs.graph(sources[k]), rng));
                labels[k++] = c;
            }
        }
        DenseMatrix copyFeatures = null;
        if (graphs.hasGraphFeatures()) {
            // each perturbed graph carries perturbed bits of its own source
            copyFeatures = perturbedRows(graphs.graphFeatures(), sources, rng);
        }
        Graphs extra = Graphs.of(copies, graphs.nodeFeatures(), copyFeatures, graphs.edgeKinds());
        int[] all = new int[goal.total()];
        System.arraycopy(target.labels(), 0, all, 0, target.size());
        System.arraycopy(labels, 0, all, target.size(), labels.length);
        return new Dataset<>(graphs.append(extra), new ClassTarget(all, target.classes()), train.origin());
    }

    private DenseMatrix perturbedRows(DenseMatrix all, int[] sources, RandomGenerator rng) {
        int d = all.cols();
        boolean binary = isBinary(all);
        double[] scale = binary ? null : columnSd(all);
        VectorPerturbation perturbation = new VectorPerturbation(rate);
        double[] out = new double[sources.length * d];
        for (int i = 0; i < sources.length; i++) {
            if (binary) {
                perturbation.flipBits(all.row(sources[i]), out, i * d, rng);
            } else {
                perturbation.jitter(all.row(sources[i]), scale, out, i * d, rng);
            }
        }
        return DenseMatrix.wrap(out, sources.length, all.schema());
    }

    private static boolean isBinary(DenseMatrix x) {
        for (int r = 0; r < x.rows(); r++) {
            for (int c = 0; c < x.cols(); c++) {
                double v = x.get(r, c);
                if (v != 0 && v != 1) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double[] columnSd(DenseMatrix x) {
        int d = x.cols();
        double[] mean = new double[d];
        double[] sq = new double[d];
        for (int r = 0; r < x.rows(); r++) {
            for (int c = 0; c < d; c++) {
                double v = x.get(r, c);
                mean[c] += v;
                sq[c] += v * v;
            }
        }
        double[] sd = new double[d];
        int n = Math.max(1, x.rows());
        for (int c = 0; c < d; c++) {
            double m = mean[c] / n;
            sd[c] = Math.sqrt(Math.max(0, sq[c] / n - m * m));
        }
        return sd;
    }
}
