package org.rebalance.core.learn;

import java.util.List;
import org.rebalance.core.ConfigException;

/**
 * A shallow one-dimensional convolutional network for signals (a feature vector read as one channel
 * of length L): for each entry of {@code channels} a convolution of width {@code kernel} ("same"
 * padding), ReLU and max pooling by {@code pool}; then global average pooling over positions, a
 * dense head (ReLU layers with dropout) and the output layer.
 *
 * @param channels filters of each convolution, e.g. [16, 32]
 * @param kernel convolution width, odd, e.g. 5
 * @param pool max-pooling window and stride after each convolution (1: no pooling)
 * @param head hidden sizes of the dense head, e.g. [32]; may be empty
 * @param dropout dropout after each hidden head layer, in [0, 1)
 */
public record Cnn1d(List<Integer> channels, int kernel, int pool, List<Integer> head, double dropout)
        implements NetworkSpec {
    public Cnn1d {
        channels = List.copyOf(channels);
        head = List.copyOf(head);
        if (channels.isEmpty()) {
            throw new ConfigException("cnn1d: needs at least one convolution");
        }
        Mlp.checkSizes("cnn1d", channels);
        Mlp.checkSizes("cnn1d", head);
        Mlp.checkDropout("cnn1d", dropout);
        if (kernel < 1 || kernel % 2 == 0) {
            throw new ConfigException("cnn1d: the kernel width must be odd and >= 1, got " + kernel);
        }
        if (pool < 1) {
            throw new ConfigException("cnn1d: the pooling window must be >= 1, got " + pool);
        }
    }

    /** Two convolutions of 16 and 32 filters of width 5, pooling by 2, a head of 32, no dropout. */
    public static Cnn1d defaults() {
        return new Cnn1d(List.of(16, 32), 5, 2, List.of(32), 0.0);
    }

    /** The shortest signal every pooling step can still halve: {@code pool ^ convolutions}. */
    public int minimumLength() {
        long m = 1;
        for (int i = 0; i < channels.size(); i++) {
            m *= pool;
        }
        return (int) Math.min(Integer.MAX_VALUE, m);
    }

    @Override
    public String name() {
        return "cnn1d";
    }
}
