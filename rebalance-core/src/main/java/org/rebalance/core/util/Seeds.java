package org.rebalance.core.util;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Derives an independent, reproducible random stream per named stage from one user seed, so that
 * adding a stage shifts no other stream: {@code Seeds.of(7).stream("split")}.
 */
public record Seeds(long seed) {
    public static Seeds of(long seed) {
        return new Seeds(seed);
    }

    /** A fresh generator for the named stage; the same (seed, name) always gives the same stream. */
    public SplittableRandom stream(String stage) {
        return new SplittableRandom(derive(stage));
    }

    /** A 64-bit seed for the named stage (for engines that take a long). */
    public long derive(String stage) {
        long h = seed ^ 0x9E3779B97F4A7C15L;
        for (byte b : stage.getBytes(StandardCharsets.UTF_8)) {
            h = mix(h ^ b);
        }
        return mix(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
