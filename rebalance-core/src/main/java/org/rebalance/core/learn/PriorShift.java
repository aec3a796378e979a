package org.rebalance.core.learn;

import org.rebalance.core.ConfigException;
import org.rebalance.core.metrics.BinaryScores;
import org.rebalance.core.metrics.MulticlassScores;
import org.rebalance.core.metrics.Scores;

/**
 * Corrects probabilities for a change of class prior (M. Saerens, P. Latinne, C. Decaestecker,
 * "Adjusting the outputs of a classifier to new a priori probabilities", Neural Computation 14(1),
 * 21–41, 2002): a model trained where class c had prior q_c gives p(c|x); under priors r_c the
 * probability is proportional to p(c|x) r_c / q_c. A model trained on resampled or re-weighted data
 * learns the training prior, so this maps its scores back to the original (or any) prior.
 */
public final class PriorShift {
    private final double[] ratio;

    /**
     * @param trainingPrior the prior the model learnt (class shares after resampling and weighting)
     * @param targetPrior the prior to correct to
     */
    public PriorShift(double[] trainingPrior, double[] targetPrior) {
        if (trainingPrior.length != targetPrior.length) {
            throw new ConfigException("the target prior has " + targetPrior.length + " classes, the model "
                    + trainingPrior.length);
        }
        double[] q = normalised(trainingPrior, "training prior");
        double[] r = normalised(targetPrior, "target prior");
        ratio = new double[q.length];
        for (int c = 0; c < q.length; c++) {
            ratio[c] = r[c] / q[c];
        }
    }

    /**
     * Post-hoc logit adjustment (A. K. Menon et al., "Long-tail learning via logit adjustment", ICLR
     * 2021): logits minus tau * log(prior), i.e. probabilities times prior^-tau, renormalised; tau = 1
     * scores as if the classes had been balanced.
     */
    public static PriorShift logitAdjustment(double[] trainingPrior, double tau) {
        if (!(tau >= 0) || Double.isInfinite(tau)) {
            throw new ConfigException("logit adjustment: tau must be a finite number >= 0, got " + tau);
        }
        double[] powered = new double[trainingPrior.length];
        double[] uniform = new double[trainingPrior.length];
        for (int c = 0; c < powered.length; c++) {
            powered[c] = Math.pow(trainingPrior[c], tau);
            uniform[c] = 1;
        }
        return new PriorShift(powered, uniform);
    }

    /** The corrected scores: same kind as the input. */
    public Scores correct(Scores scores) {
        if (scores instanceof BinaryScores b) {
            double[] p = b.positive().clone();
            for (int i = 0; i < p.length; i++) {
                double pos = p[i] * ratio[1];
                double neg = (1 - p[i]) * ratio[0];
                p[i] = pos / (pos + neg);
            }
            return new BinaryScores(p);
        }
        MulticlassScores m = (MulticlassScores) scores;
        double[][] p = new double[m.size()][];
        for (int i = 0; i < p.length; i++) {
            double[] row = new double[ratio.length];
            double sum = 0;
            for (int c = 0; c < row.length; c++) {
                row[c] = m.probability(i, c) * ratio[c];
                sum += row[c];
            }
            for (int c = 0; c < row.length; c++) {
                row[c] /= sum;
            }
            p[i] = row;
        }
        return new MulticlassScores(p);
    }

    private static double[] normalised(double[] prior, String what) {
        double sum = 0;
        for (double v : prior) {
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new ConfigException(what + " must be positive for every class, got " + java.util.Arrays.toString(prior));
            }
            sum += v;
        }
        double[] out = new double[prior.length];
        for (int c = 0; c < prior.length; c++) {
            out[c] = prior[c] / sum;
        }
        return out;
    }
}
