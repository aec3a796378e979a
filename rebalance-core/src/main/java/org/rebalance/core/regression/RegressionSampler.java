package org.rebalance.core.regression;

import java.util.random.RandomGenerator;
import org.rebalance.core.data.DenseMatrix;

/** Decides which training rows to keep or repeat and which to synthesise for a real-valued target (SMOTER, SMOGN). */
public interface RegressionSampler {
    RegressionResampling plan(DenseMatrix x, double[] y, RandomGenerator rng);
}
