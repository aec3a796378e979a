package org.rebalance.cli.run;

import java.util.List;
import java.util.Map;
import org.rebalance.core.data.Part;
import org.rebalance.core.learn.FitResult;
import org.rebalance.core.metrics.Evaluation;
import org.rebalance.core.metrics.Scores;
import org.rebalance.core.metrics.Threshold;
import org.rebalance.core.data.Inputs;

/**
 * The outcome of one run: the fitted model (close it), the chosen threshold, the evaluation of
 * each part, class counts before and after resampling, the wall-clock seconds of training, and the
 * model's scores of the test part (for per-example comparisons such as McNemar's test and curves).
 */
public record RunResult<I extends Inputs>(RunSpec spec, PartedData<I> data, FitResult<I> fit, Threshold threshold,
        Map<Part, Evaluation> evaluations, int[] trainCounts, int[] resampledCounts, double trainSeconds,
        Scores testScores)
        implements AutoCloseable {

    public Evaluation evaluation(Part part) {
        return evaluations.get(part);
    }

    /** The evaluations in TRAIN, VALID, TEST order. */
    public List<Evaluation> evaluationsInOrder() {
        return List.of(evaluations.get(Part.TRAIN), evaluations.get(Part.VALID), evaluations.get(Part.TEST));
    }

    @Override
    public void close() {
        fit.model().close();
    }
}
