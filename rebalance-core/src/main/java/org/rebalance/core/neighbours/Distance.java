package org.rebalance.core.neighbours;

import java.util.Locale;
import org.rebalance.core.ConfigException;

/** How {@link KnnIndex} measures how far apart two points are. */
public enum Distance {
    /** Euclidean distance (the index reports its square, which orders neighbours the same way). */
    EUCLIDEAN,
    /**
     * Jaccard (Tanimoto) distance {@code 1 - a.b / (a.a + b.b - a.b)}: for 0/1 vectors such as molecular
     * fingerprints, 1 - |a and b| / |a or b|, the usual similarity of fingerprints (two empty vectors are at
     * distance 0).
     */
    JACCARD;

    /** The distance named {@code text}: euclidean or jaccard. */
    public static Distance parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Distance d : values()) {
            if (d.name().toLowerCase(Locale.ROOT).equals(t)) {
                return d;
            }
        }
        throw new ConfigException("distance must be euclidean or jaccard, got \"" + text + "\"");
    }
}
