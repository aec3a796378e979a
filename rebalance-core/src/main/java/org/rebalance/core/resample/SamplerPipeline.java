package org.rebalance.core.resample;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.DenseMatrix;

/**
 * Samplers applied one after another, each to the previous one's output: SMOTE then ENN
 * (Batista, Prati and Monard 2004), SMOTE then Tomek links (Batista, Bazzan and Monard 2003), or any
 * other chain. The composed plan refers to original rows where a step kept or repeated them, and
 * carries the synthetic rows that survived later steps, in the order the last step left them.
 *
 * @param steps at least one sampler
 */
public record SamplerPipeline(List<Sampler> steps) implements Sampler {
    public SamplerPipeline {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new ConfigException("a sampler pipeline needs at least one step");
        }
    }

    @Override
    public SamplerKind kind() {
        return steps.get(0).kind();
    }

    @Override
    public boolean synthesises() {
        return steps.stream().anyMatch(Sampler::synthesises);
    }

    @Override
    public String name() {
        StringBuilder s = new StringBuilder();
        for (Sampler step : steps) {
            s.append(s.length() == 0 ? "" : "+").append(step.name());
        }
        return s.toString();
    }

    @Override
    public Resampling plan(DenseMatrix features, ClassTarget target, RandomGenerator rng) {
        ClassRows.checkAligned(features, target);
        // origin[i] >= 0: row i of the current data is original row origin[i]; < 0: synthetic -origin[i] - 1
        int[] origin = new int[target.size()];
        for (int i = 0; i < origin.length; i++) {
            origin[i] = i;
        }
        List<double[]> synthetic = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        DenseMatrix x = features;
        ClassTarget y = target;
        for (Sampler step : steps) {
            Resampling r = step.plan(x, y, rng);
            int[] next = new int[r.size()];
            int k = 0;
            for (int row : r.rows()) {
                next[k++] = origin[row];
            }
            int[] stepLabels = r.syntheticLabels();
            for (int s = 0; s < r.syntheticCount(); s++) {
                synthetic.add(r.syntheticRow(s));
                labels.add(stepLabels[s]);
                next[k++] = -synthetic.size();
            }
            x = r.features(x);
            y = r.target(y);
            origin = next;
        }
        return compose(origin, synthetic, labels);
    }

    private static Resampling compose(int[] origin, List<double[]> synthetic, List<Integer> labels) {
        List<Integer> rows = new ArrayList<>();
        List<double[]> keptSynthetic = new ArrayList<>();
        List<Integer> keptLabels = new ArrayList<>();
        for (int o : origin) {
            if (o >= 0) {
                rows.add(o);
            } else {
                keptSynthetic.add(synthetic.get(-o - 1));
                keptLabels.add(labels.get(-o - 1));
            }
        }
        return new Resampling(rows.stream().mapToInt(Integer::intValue).toArray(),
                keptSynthetic.toArray(double[][]::new), keptLabels.stream().mapToInt(Integer::intValue).toArray());
    }
}
