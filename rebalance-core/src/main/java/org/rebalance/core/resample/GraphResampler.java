package org.rebalance.core.resample;

import java.util.random.RandomGenerator;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Graph;
import org.rebalance.core.data.Graphs;
import org.rebalance.core.data.Schema;
import org.rebalance.core.resample.over.PerturbedOverSampler;

/**
 * Applies a {@link Sampler} to graphs. Selection samplers (random over/under-sampling, NearMiss,
 * Tomek links, ENN, ...) work on example indices: they see the graph-level features when the graphs
 * carry them (a fingerprint), otherwise each graph's summed node features (a bag of atom types);
 * the chosen graphs are kept or repeated whole. {@link PerturbedOverSampler} adds perturbed graphs.
 * Samplers that interpolate feature vectors (SMOTE and kin) cannot make graphs and are refused.
 */
public final class GraphResampler {
    private GraphResampler() {
    }

    public static Dataset<Graphs> apply(Sampler sampler, Dataset<Graphs> train, RandomGenerator rng) {
        if (sampler instanceof PerturbedOverSampler perturbed) {
            return perturbed.augment(train, rng);
        }
        if (sampler.synthesises()) {
            throw new ConfigException("sampler " + sampler.name() + " interpolates feature vectors and cannot make "
                    + "graphs; with graph models use random-over, perturbed-over, an under-sampler or balanced batches");
        }
        Resampling plan = sampler.plan(view(train.inputs()), train.classTarget(), rng);
        return plan.applyTo(train, sampler.name());
    }

    /** The vector each graph shows a selection sampler: its graph-level features, or its summed node features. */
    public static DenseMatrix view(Graphs graphs) {
        if (graphs.hasGraphFeatures()) {
            return graphs.graphFeatures();
        }
        int f = graphs.nodeFeatures();
        double[] sums = new double[graphs.size() * f];
        for (int i = 0; i < graphs.size(); i++) {
            Graph g = graphs.graph(i);
            for (int v = 0; v < g.nodes(); v++) {
                for (int c = 0; c < f; c++) {
                    sums[i * f + c] += g.feature(v, c);
                }
            }
        }
        return DenseMatrix.wrap(sums, graphs.size(), Schema.numbered(f));
    }
}
