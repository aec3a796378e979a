package org.rebalance.core.learn;

import java.util.Arrays;
import java.util.List;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.Inputs;
import org.rebalance.core.metrics.BinaryScores;
import org.rebalance.core.metrics.MulticlassScores;
import org.rebalance.core.metrics.Scores;
import org.rebalance.core.util.ProgressListener;
import org.rebalance.core.weight.ClassWeights;

/**
 * The baseline every model must beat: it ignores the inputs and predicts the (weighted) class
 * frequencies of the training part for every example. Its ROC-AUC is 0.5 by construction.
 */
public final class PriorLearner<I extends Inputs> implements Learner<I> {
    @Override
    public FitResult<I> fit(Dataset<I> train, Dataset<I> valid, ClassWeights weights, long seed,
            ProgressListener progress) {
        ClassTarget t = train.classTarget();
        int[] counts = t.counts();
        double[] prior = new double[counts.length];
        double total = 0;
        for (int c = 0; c < counts.length; c++) {
            prior[c] = counts[c] * weights.of(c);
            total += prior[c];
        }
        for (int c = 0; c < counts.length; c++) {
            prior[c] /= total;
        }
        TrainedModel<I> model = new PriorModel<>(prior);
        return new FitResult<>(model, new History(List.of()), 0);
    }

    private record PriorModel<I extends Inputs>(double[] prior) implements TrainedModel<I> {
        @Override
        public Scores score(I inputs) {
            int n = inputs.size();
            if (prior.length == 2) {
                double[] s = new double[n];
                Arrays.fill(s, prior[1]);
                return new BinaryScores(s);
            }
            double[][] p = new double[n][];
            for (int i = 0; i < n; i++) {
                p[i] = prior.clone();
            }
            return new MulticlassScores(p);
        }

        @Override
        public void close() {
        }
    }
}
