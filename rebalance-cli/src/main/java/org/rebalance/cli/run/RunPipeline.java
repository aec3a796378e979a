package org.rebalance.cli.run;

import java.util.EnumMap;
import java.util.Map;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Inputs;
import org.rebalance.core.data.Part;
import org.rebalance.core.learn.FitResult;
import org.rebalance.core.learn.Learner;
import org.rebalance.core.metrics.BinaryScores;
import org.rebalance.core.metrics.Evaluation;
import org.rebalance.core.metrics.Scores;
import org.rebalance.core.metrics.Threshold;
import org.rebalance.core.util.ProgressListener;
import org.rebalance.core.util.Seeds;
import org.rebalance.core.weight.ClassWeights;

/**
 * The one forward flow from prepared data to numbers, shared by {@code train}, {@code demo} and
 * (later) every experiment cell: resample TRAIN, weight classes, fit, choose the threshold on
 * VALID, evaluate TRAIN (as it was before resampling), VALID and TEST.
 */
public final class RunPipeline {
    private RunPipeline() {
    }

    /** Reads the data of {@code spec} and runs it. */
    public static RunResult<DenseMatrix> run(RunSpec spec, ProgressListener progress) {
        PreparedData data = PreparedData.of(spec.data(), spec.table(), spec.simulate(), spec.split(), spec.seed());
        return run(spec, data, progress);
    }

    /** Runs {@code spec} on data that was already read and split (so strategies compare on one split). */
    public static RunResult<DenseMatrix> run(RunSpec spec, PreparedData data, ProgressListener progress) {
        return run(spec, data, InputKind.VECTORS, progress);
    }

    /** Runs {@code spec} on split data of any input kind (feature vectors, graphs). */
    public static <I extends Inputs> RunResult<I> run(RunSpec spec, PartedData<I> data, InputKind<I> kind,
            ProgressListener progress) {
        Seeds seeds = Seeds.of(spec.seed());
        Dataset<I> train = data.part(Part.TRAIN);
        Dataset<I> valid = data.part(Part.VALID);
        ClassTarget trainTarget = train.classTarget();
        Dataset<I> resampled = kind.resample(spec.strategy().sampler(), train, seeds.stream("resample"));
        int[] resampledCounts = resampled.classTarget().counts();
        ClassWeights weights = spec.strategy().weighting().weights(resampledCounts, trainTarget.classes());
        Learner<I> learner = kind.learner(spec.network(),
                spec.training().withLoss(spec.strategy().loss()).withBatches(spec.strategy().batches()),
                spec.strategy().augment(), resampled);
        long start = System.nanoTime();
        FitResult<I> fit = learner.fit(resampled, valid, weights, seeds.derive("train"), progress);
        double seconds = (System.nanoTime() - start) / 1e9;
        try {
            Map<Part, Scores> scores = new EnumMap<>(Part.class);
            for (Part p : Part.values()) {
                scores.put(p, fit.model().score(data.part(p).inputs()));
            }
            Threshold threshold = Threshold.DEFAULT;
            if (scores.get(Part.VALID) instanceof BinaryScores validScores) {
                threshold = spec.threshold().choose(valid.classTarget(), validScores);
            }
            Map<Part, Evaluation> evaluations = new EnumMap<>(Part.class);
            for (Part p : Part.values()) {
                evaluations.put(p, Evaluation.of(p, data.part(p).classTarget(), scores.get(p), threshold));
            }
            return new RunResult<>(spec, data, fit, threshold, evaluations, trainTarget.counts(), resampledCounts,
                    seconds, scores.get(Part.TEST));
        } catch (RuntimeException e) {
            fit.model().close();
            throw e;
        }
    }
}
