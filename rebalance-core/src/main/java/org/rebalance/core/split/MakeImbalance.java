package org.rebalance.core.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.ClassTarget;

/**
 * Simulates imbalance by drawing a chosen number of rows of each class, without replacement
 * (e.g. 250 positives and 2,500 negatives from a near-balanced set). Classes not named keep all
 * their rows.
 */
public final class MakeImbalance {
    private MakeImbalance() {
    }

    /** Ascending row indices of the drawn sample. */
    public static int[] rows(ClassTarget target, Map<String, Integer> countsByClassName, RandomGenerator rng) {
        int k = target.classCount();
        int[] want = new int[k];
        Arrays.fill(want, -1);
        for (Map.Entry<String, Integer> e : countsByClassName.entrySet()) {
            int c = target.classes().indexOf(e.getKey());
            if (c < 0) {
                throw new ConfigException("unknown class \"" + e.getKey() + "\"; the classes are "
                        + target.classes().names());
            }
            if (e.getValue() < 0) {
                throw new ConfigException("class \"" + e.getKey() + "\": a count must be >= 0, got " + e.getValue());
            }
            want[c] = e.getValue();
        }
        int[] have = target.counts();
        List<Integer> chosen = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            int[] rowsOfClass = new int[have[c]];
            int m = 0;
            for (int i = 0; i < target.size(); i++) {
                if (target.label(i) == c) {
                    rowsOfClass[m++] = i;
                }
            }
            int take = want[c] < 0 ? have[c] : want[c];
            if (take > have[c]) {
                throw new ConfigException("class \"" + target.classes().name(c) + "\": asked for " + take
                        + " rows but it has " + have[c]);
            }
            for (int i = 0; i < take; i++) { // partial Fisher–Yates: the first `take` slots are the sample
                int j = i + rng.nextInt(have[c] - i);
                int t = rowsOfClass[i];
                rowsOfClass[i] = rowsOfClass[j];
                rowsOfClass[j] = t;
                chosen.add(rowsOfClass[i]);
            }
        }
        int[] out = chosen.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(out);
        return out;
    }
}
