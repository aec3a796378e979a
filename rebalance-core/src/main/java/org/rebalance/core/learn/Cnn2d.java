package org.rebalance.core.learn;

import java.util.List;
import java.util.Locale;
import org.rebalance.core.ConfigException;

/**
 * A small two-dimensional convolutional network for images (N x C x H x W): for each entry of
 * {@code channels} a stage of {@code kernel} x {@code kernel} convolutions ("same" padding), then max
 * pooling by {@code pool}; then global average pooling over positions, a dense head (ReLU layers
 * with dropout) and the output layer. A {@link Stage#PLAIN} stage is one convolution and ReLU; a
 * {@link Stage#RESIDUAL} stage is a ResNet basic block (He et al. 2016): convolution, batch norm,
 * ReLU, convolution, batch norm, plus a skip connection (a 1 x 1 convolution and batch norm where the
 * channel count changes), then ReLU.
 *
 * @param channels filters of each stage, e.g. [16, 32]
 * @param kernel convolution height and width, odd, e.g. 3
 * @param pool max-pooling window and stride after each stage (1: no pooling)
 * @param stage what each stage is: plain or residual
 * @param head hidden sizes of the dense head, e.g. [64]; may be empty
 * @param dropout dropout after each hidden head layer, in [0, 1)
 */
public record Cnn2d(List<Integer> channels, int kernel, int pool, Stage stage, List<Integer> head, double dropout)
        implements NetworkSpec {
    /** What one convolution stage of a {@link Cnn2d} is. */
    public enum Stage {
        /** Convolution, ReLU. */
        PLAIN,
        /** A ResNet basic block: conv, BN, ReLU, conv, BN, plus the (projected) input, then ReLU. */
        RESIDUAL;

        public String cliName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Stage parse(String text) {
            for (Stage s : values()) {
                if (text != null && s.cliName().equals(text.trim().toLowerCase(Locale.ROOT))) {
                    return s;
                }
            }
            throw new ConfigException("cnn2d: a stage must be plain or residual, got \"" + text + "\"");
        }
    }

    public Cnn2d {
        channels = List.copyOf(channels);
        head = List.copyOf(head);
        if (channels.isEmpty()) {
            throw new ConfigException("cnn2d: needs at least one convolution stage");
        }
        Mlp.checkSizes("cnn2d", channels);
        Mlp.checkSizes("cnn2d", head);
        Mlp.checkDropout("cnn2d", dropout);
        if (kernel < 1 || kernel % 2 == 0) {
            throw new ConfigException("cnn2d: the kernel size must be odd and >= 1, got " + kernel);
        }
        if (pool < 1) {
            throw new ConfigException("cnn2d: the pooling window must be >= 1, got " + pool);
        }
        if (stage == null) {
            throw new ConfigException("cnn2d: a stage type (plain or residual) is required");
        }
    }

    /** Plain stages of 16 and 32 filters of 3 x 3, pooling by 2, a head of 64, no dropout. */
    public static Cnn2d defaults() {
        return new Cnn2d(List.of(16, 32), 3, 2, Stage.PLAIN, List.of(64), 0.0);
    }

    /** The smallest height and width every pooling step can still halve: {@code pool ^ stages}. */
    public int minimumSize() {
        long m = 1;
        for (int i = 0; i < channels.size() && m < Integer.MAX_VALUE; i++) {
            m *= pool;
        }
        return (int) Math.min(Integer.MAX_VALUE, m);
    }

    @Override
    public String name() {
        return "cnn2d";
    }
}
