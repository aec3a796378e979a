package org.rebalance.core.resample;

import java.util.ArrayList;
import java.util.List;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassNames;

/** Validated class counts with their majority and minority (ties to the lowest index). */
record ClassCounts(int[] counts, ClassNames names, int[] present, int majority, int minority) {

    static ClassCounts check(int[] counts, ClassNames names) {
        if (counts.length != names.size()) {
            throw new IllegalArgumentException(counts.length + " class counts for " + names.size() + " classes");
        }
        int nPresent = 0;
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] < 0) {
                throw new IllegalArgumentException("count of class " + c + " is negative: " + counts[c]);
            }
            if (counts[c] > 0) {
                nPresent++;
            }
        }
        int[] present = new int[nPresent];
        int k = 0;
        int major = -1;
        int minor = -1;
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0) {
                present[k++] = c;
                if (major < 0 || counts[c] > counts[major]) {
                    major = c;
                }
                if (minor < 0 || counts[c] < counts[minor]) {
                    minor = c;
                }
            }
        }
        if (nPresent < 2) {
            String found = nPresent == 0 ? "no examples at all"
                    : "only class \"" + names.name(present[0]) + "\" (" + counts[present[0]] + " examples)";
            throw new ConfigException("sampling needs examples of at least two classes; the training data has "
                    + found);
        }
        return new ClassCounts(counts, names, present, major, minor);
    }

    String presentNames() {
        List<String> out = new ArrayList<>();
        for (int c : present) {
            out.add(names.name(c));
        }
        return quoted(out);
    }

    static String quoted(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add("\"" + n + "\"");
        }
        return String.join(", ", out);
    }
}
