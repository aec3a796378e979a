package org.rebalance.core.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.data.DataException;
import org.rebalance.core.data.Location;

/**
 * Splits rows into train, validation and test parts, stratified by class and respecting groups
 * (rows of a group stay together).
 *
 * <p>Per class: the class's row count is divided by the fractions with largest-remainder rounding
 * (every part gets at least one row); the class's groups are shuffled (seeded Fisher–Yates), then
 * dealt largest first, each to the part furthest below its quota. With one row per group the
 * per-class counts are exact: 100 negatives and 10 positives at 0.6/0.2/0.2 give 60/20/20 and
 * 6/2/2; a big group of duplicates lands whole in one part without starving the others. A group belongs to the class of its first row (a duplicate row with two
 * labels follows its first label).
 */
public final class StratifiedSplitter {
    private static final int PARTS = 3;

    private StratifiedSplitter() {
    }

    /** As {@link #split(ClassTarget, int[], SplitSpec, RandomGenerator, String)} for data named "data". */
    public static Split split(ClassTarget target, int[] groupIds, SplitSpec spec, RandomGenerator rng) {
        return split(target, groupIds, spec, rng, "data");
    }

    /**
     * @param groupIds a group id per row, or null for one group per row
     * @param file the data's name for error messages
     * @throws DataException when a class has fewer than three groups (one per part)
     */
    public static Split split(ClassTarget target, int[] groupIds, SplitSpec spec, RandomGenerator rng, String file) {
        int n = target.size();
        if (groupIds != null && groupIds.length != n) {
            throw new IllegalArgumentException(groupIds.length + " group ids for " + n + " rows");
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int r = 0; r < n; r++) {
            groups.computeIfAbsent(groupIds == null ? r : groupIds[r], k -> new ArrayList<>()).add(r);
        }
        List<List<List<Integer>>> byClass = new ArrayList<>();
        for (int c = 0; c < target.classCount(); c++) {
            byClass.add(new ArrayList<>());
        }
        for (List<Integer> g : groups.values()) {
            byClass.get(target.label(g.get(0))).add(g);
        }
        List<List<Integer>> parts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int c = 0; c < byClass.size(); c++) {
            List<List<Integer>> classGroups = byClass.get(c);
            int rows = 0;
            for (List<Integer> g : classGroups) {
                rows += g.size();
            }
            if (rows == 0) {
                continue;
            }
            if (classGroups.size() < PARTS) {
                throw new DataException(Location.file(file), "class \"" + target.classes().name(c) + "\" has " + rows
                        + " examples (" + classGroups.size() + " distinct); a train/valid/test split needs at least "
                        + PARTS);
            }
            shuffle(classGroups, rng);
            deal(classGroups, quotas(rows, spec.fractions()), parts);
        }
        return new Split(sorted(parts.get(0)), sorted(parts.get(1)), sorted(parts.get(2)));
    }

    /** Largest-remainder rounding of rows x fractions; every part gets at least one row. */
    static int[] quotas(int rows, double[] fractions) {
        int[] q = new int[fractions.length];
        double[] remainder = new double[fractions.length];
        int given = 0;
        for (int p = 0; p < q.length; p++) {
            double exact = rows * fractions[p];
            q[p] = (int) Math.floor(exact);
            remainder[p] = exact - q[p];
            given += q[p];
        }
        while (given < rows) {
            int best = 0;
            for (int p = 1; p < q.length; p++) {
                if (remainder[p] > remainder[best]) {
                    best = p;
                }
            }
            q[best]++;
            remainder[best] = -1;
            given++;
        }
        for (int p = 0; p < q.length; p++) {
            if (q[p] == 0) {
                int largest = 0;
                for (int o = 1; o < q.length; o++) {
                    if (q[o] > q[largest]) {
                        largest = o;
                    }
                }
                q[largest]--;
                q[p]++;
            }
        }
        return q;
    }

    /**
     * Deals the (shuffled) groups of one class: largest groups first (a stable sort, so equal sizes
     * keep their random order), each to the part furthest below its quota. With one row per group the
     * quotas are met exactly; a large group of duplicates cannot starve a later part, as dealing in
     * order would. Every part gets at least one group (the caller guarantees three or more).
     */
    private static void deal(List<List<Integer>> groups, int[] quota, List<List<Integer>> parts) {
        List<List<Integer>> bySize = new ArrayList<>(groups);
        bySize.sort((a, b) -> Integer.compare(b.size(), a.size()));
        int[] assigned = new int[PARTS];
        int[] groupCount = new int[PARTS];
        int remaining = bySize.size();
        for (List<Integer> g : bySize) {
            int target = -1;
            int empty = 0;
            for (int p = 0; p < PARTS; p++) {
                empty += groupCount[p] == 0 ? 1 : 0;
            }
            for (int p = 0; p < PARTS; p++) {
                if (remaining <= empty && groupCount[p] > 0) {
                    continue; // the last groups go to parts that have none yet
                }
                if (target < 0 || quota[p] - assigned[p] > quota[target] - assigned[target]) {
                    target = p;
                }
            }
            parts.get(target).addAll(g);
            assigned[target] += g.size();
            groupCount[target]++;
            remaining--;
        }
    }

    private static <T> void shuffle(List<T> list, RandomGenerator rng) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    private static int[] sorted(List<Integer> rows) {
        int[] a = rows.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(a);
        return a;
    }
}
