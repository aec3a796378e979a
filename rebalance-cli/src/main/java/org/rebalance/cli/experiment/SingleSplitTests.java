package org.rebalance.cli.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.rebalance.core.stats.McNemar;

/**
 * McNemar's test of each strategy against the baseline on each seed's split (the test part),
 * from the per-example predictions the cells stored. One split is all a user may have; McNemar's
 * test is the one Dietterich (1998) recommends for it.
 */
public final class SingleSplitTests {
    /** One strategy against the baseline on one seed's test part. */
    public record Row(String strategy, long seed, McNemar test) {
    }

    private SingleSplitTests() {
    }

    /** Every (strategy, seed) cell that has predictions, against the baseline cell of the same seed. */
    public static List<Row> of(List<JsonNode> lines, List<String> strategies, String baseline) {
        List<Row> rows = new ArrayList<>();
        for (String s : strategies) {
            if (s.equals(baseline)) {
                continue;
            }
            for (JsonNode cell : lines) {
                if (!cell.get("strategy").asText().equals(s) || !cell.has("test_predicted")) {
                    continue;
                }
                JsonNode base = find(lines, baseline, cell.get("seed").asLong());
                if (base == null || !base.has("test_predicted")) {
                    continue;
                }
                rows.add(new Row(s, cell.get("seed").asLong(), McNemar.of(ints(cell.get("test_truth")),
                        ints(cell.get("test_predicted")), ints(base.get("test_predicted")))));
            }
        }
        return rows;
    }

    private static JsonNode find(List<JsonNode> lines, String strategy, long seed) {
        for (JsonNode l : lines) {
            if (l.get("strategy").asText().equals(strategy) && l.get("seed").asLong() == seed) {
                return l;
            }
        }
        return null;
    }

    static int[] ints(JsonNode array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asInt();
        }
        return out;
    }
}
