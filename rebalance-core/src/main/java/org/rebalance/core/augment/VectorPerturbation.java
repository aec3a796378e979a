package org.rebalance.core.augment;

import java.util.random.RandomGenerator;
import org.rebalance.core.ConfigException;

/**
 * Perturbed copies of a feature vector. For 0/1 vectors (fingerprints) each set bit is cleared with
 * probability {@code rate} and each clear bit set with probability {@code rate * ones / zeros}, so a
 * copy differs in about {@code 2 * rate * ones} bits and keeps the expected number of set bits; for
 * other vectors each value gets Gaussian noise of {@code rate} times its column's standard deviation.
 *
 * @param rate the perturbation strength, in [0, 1)
 */
public record VectorPerturbation(double rate) {
    public VectorPerturbation {
        if (!(rate >= 0 && rate < 1)) {
            throw new ConfigException("perturbation rate must be in [0, 1), got " + rate);
        }
    }

    /** Writes a perturbed copy of binary {@code row} into {@code out} from {@code offset}. */
    public void flipBits(double[] row, double[] out, int offset, RandomGenerator rng) {
        int ones = 0;
        for (double v : row) {
            ones += v != 0 ? 1 : 0;
        }
        int zeros = row.length - ones;
        double setRate = zeros == 0 ? 0 : Math.min(1, rate * ones / zeros);
        for (int c = 0; c < row.length; c++) {
            boolean set = row[c] != 0;
            boolean flip = rng.nextDouble() < (set ? rate : setRate);
            out[offset + c] = set != flip ? 1 : 0;
        }
    }

    /** Writes {@code row} plus Gaussian noise of {@code rate * scale[c]} per column into {@code out}. */
    public void jitter(double[] row, double[] scale, double[] out, int offset, RandomGenerator rng) {
        for (int c = 0; c < row.length; c++) {
            out[offset + c] = row[c] + rate * scale[c] * rng.nextGaussian();
        }
    }
}
