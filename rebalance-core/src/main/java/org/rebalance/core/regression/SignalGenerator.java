package org.rebalance.core.regression;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.random.RandomGenerator;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.data.Origin;
import org.rebalance.core.data.RegressionTarget;
import org.rebalance.core.data.Schema;

/**
 * The synthetic task of the target-distribution study: each sample is a signal of {@code length} values drawn
 * i.i.d. from N(0, σ²), and its regression target is σ, itself drawn from a {@link TargetLaw}.
 *
 * <p>Since σ must be positive, a draw {@code <= minimumSigma} is discarded and redrawn, so the targets follow
 * the law truncated to (minimumSigma, ∞). If {@value #MAX_REDRAWS} draws in a row are discarded the law is
 * rejected with a {@link ConfigException}.
 */
public record SignalGenerator(int length, double minimumSigma) {
    /** The minimum σ of {@link #of(int)}. */
    public static final double DEFAULT_MINIMUM_SIGMA = 0.1;
    /** Consecutive discarded draws after which a law is rejected. */
    public static final int MAX_REDRAWS = 1000;

    public SignalGenerator {
        if (length < 1) {
            throw new ConfigException("signal length must be at least 1, got " + length);
        }
        if (!(minimumSigma >= 0 && Double.isFinite(minimumSigma))) {
            throw new ConfigException("minimum sigma must be finite and >= 0, got " + minimumSigma);
        }
    }

    /** Signals of the given length with the default minimum σ of 0.1. */
    public static SignalGenerator of(int length) {
        return new SignalGenerator(length, DEFAULT_MINIMUM_SIGMA);
    }

    /**
     * n samples: columns t0 … t{length-1}, targets σ. Row by row, σ comes from {@code law.draw(rng)} and the
     * values from {@code σ * rng.nextGaussian()}, so the same rng state gives the same data set. The origin
     * names the task ({@code synthetic:signal(length=…,law=…,minimum-sigma=…)}) and holds the SHA-256 of the
     * targets and then the row-major values, as big-endian doubles.
     */
    public Dataset<DenseMatrix> generate(int n, TargetLaw law, RandomGenerator rng) {
        if (n < 0) {
            throw new ConfigException("number of signals must be >= 0, got " + n);
        }
        if ((long) n * length > Integer.MAX_VALUE - 8) {
            throw new ConfigException(n + " signals of length " + length + " do not fit in one matrix");
        }
        double[] sigma = new double[n];
        double[] values = new double[n * length];
        for (int i = 0; i < n; i++) {
            sigma[i] = sigma(law, rng);
            for (int j = 0; j < length; j++) {
                values[i * length + j] = sigma[i] * rng.nextGaussian();
            }
        }
        String name = "synthetic:signal(length=" + length + ",law=" + law.text()
                + ",minimum-sigma=" + minimumSigma + ")";
        return new Dataset<>(DenseMatrix.wrap(values, n, columns()), new RegressionTarget(sigma),
                new Origin(name, sha256(sigma, values), n));
    }

    private double sigma(TargetLaw law, RandomGenerator rng) {
        for (int tries = 0; tries < MAX_REDRAWS; tries++) {
            double s = law.draw(rng);
            if (s > minimumSigma) {
                return s;
            }
        }
        throw new ConfigException("target law " + law.text() + " gave " + MAX_REDRAWS
                + " values in a row <= the minimum sigma " + minimumSigma);
    }

    private Schema columns() {
        String[] names = new String[length];
        for (int j = 0; j < length; j++) {
            names[j] = "t" + j;
        }
        return new Schema(List.of(names));
    }

    private static String sha256(double[] targets, double[] values) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, targets);
            update(digest, values);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static void update(MessageDigest digest, double[] xs) {
        ByteBuffer chunk = ByteBuffer.allocate(Double.BYTES * 1024);
        for (int i = 0; i < xs.length; i += 1024) {
            int count = Math.min(1024, xs.length - i);
            chunk.clear();
            chunk.asDoubleBuffer().put(xs, i, count);
            digest.update(chunk.array(), 0, count * Double.BYTES);
        }
    }
}
