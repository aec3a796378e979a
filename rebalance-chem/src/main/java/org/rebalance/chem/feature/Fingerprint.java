package org.rebalance.chem.feature;

import java.util.Locale;
import org.rebalance.core.ConfigException;

/**
 * Which fingerprint describes a molecule: a circular (ECFP / Morgan) fingerprint of a given radius
 * and length, or the 166 MACCS structural keys. Written on the command line as {@code ecfp4}
 * (radius 2, 2,048 bits), {@code ecfp6:1024}, {@code morgan2:4096} (Morgan radius 2 = ECFP4) or
 * {@code maccs}.
 */
public sealed interface Fingerprint permits Fingerprint.Ecfp, Fingerprint.Maccs {
    /** Number of bits. */
    int size();

    /** The canonical command-line form. */
    String name();

    /** Circular fingerprint of {@code radius} bonds (0-3: ECFP0-ECFP6) folded to {@code bits} bits. */
    record Ecfp(int radius, int bits) implements Fingerprint {
        public Ecfp {
            if (radius < 0 || radius > 3) {
                throw new ConfigException("fingerprint radius must be 0-3 (ECFP0-ECFP6), got " + radius);
            }
            if (bits < 8 || bits > 1 << 16) {
                throw new ConfigException("fingerprint length must be 8-65536 bits, got " + bits);
            }
        }

        @Override
        public int size() {
            return bits;
        }

        @Override
        public String name() {
            return "ecfp" + (2 * radius) + ":" + bits;
        }
    }

    /** The 166 MACCS keys. */
    record Maccs() implements Fingerprint {
        @Override
        public int size() {
            return 166;
        }

        @Override
        public String name() {
            return "maccs";
        }
    }

    /** ECFP4 with 2,048 bits, the usual default. */
    static Fingerprint ecfp4() {
        return new Ecfp(2, 2048);
    }

    /** Parses {@code ecfpD[:BITS]}, {@code morganR[:BITS]} or {@code maccs}. */
    static Fingerprint parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("maccs")) {
            return new Maccs();
        }
        String[] parts = t.split(":", 2);
        int bits = 2048;
        try {
            if (parts.length == 2) {
                bits = Integer.parseInt(parts[1]);
            }
            if (parts[0].startsWith("ecfp")) {
                int diameter = Integer.parseInt(parts[0].substring(4));
                if (diameter % 2 != 0) {
                    throw new ConfigException("ECFP takes an even diameter (ecfp0, ecfp2, ecfp4, ecfp6), got \""
                            + text + "\"");
                }
                return new Ecfp(diameter / 2, bits);
            }
            if (parts[0].startsWith("morgan")) {
                return new Ecfp(Integer.parseInt(parts[0].substring(6)), bits);
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new ConfigException("unknown fingerprint \"" + text + "\"; use ecfp4, ecfp6:1024, morgan2:2048 or maccs");
    }
}
