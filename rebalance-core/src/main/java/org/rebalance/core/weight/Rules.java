package org.rebalance.core.weight;

import org.rebalance.core.data.ClassNames;

/** Shared argument checks. */
final class Rules {
    private Rules() {
    }

    static void check(int[] counts, ClassNames names) {
        if (counts.length != names.size()) {
            throw new IllegalArgumentException(counts.length + " class counts for " + names.size() + " classes");
        }
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] < 0) {
                throw new IllegalArgumentException("count of class " + c + " is negative: " + counts[c]);
            }
        }
    }

    /** Rejects a class without examples: its weight would be infinite. */
    static void requirePresent(int[] counts, ClassNames names, String rule) {
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] == 0) {
                throw new org.rebalance.core.ConfigException(rule + ": class \"" + names.name(c)
                        + "\" has no training examples, so it has no finite weight");
            }
        }
    }
}
