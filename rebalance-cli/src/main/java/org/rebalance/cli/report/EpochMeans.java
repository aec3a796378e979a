package org.rebalance.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Learning curves averaged over repeats: per epoch, the mean of one history field over the cells that reached it. */
public final class EpochMeans {
    private EpochMeans() {
    }

    /**
     * The epochs (1-based) and mean values of {@code history[e].key} over {@code lines}; null and non-finite values
     * are skipped, and epochs without a value are left out.
     */
    public static List<List<Double>> of(List<JsonNode> lines, String key) {
        double[] sum = new double[0];
        int[] count = new int[0];
        for (JsonNode line : lines) {
            JsonNode h = line.get("history");
            if (h == null) {
                continue;
            }
            if (h.size() > sum.length) {
                sum = Arrays.copyOf(sum, h.size());
                count = Arrays.copyOf(count, h.size());
            }
            for (int e = 0; e < h.size(); e++) {
                JsonNode v = h.get(e).get(key);
                if (v != null && !v.isNull() && Double.isFinite(v.asDouble())) {
                    sum[e] += v.asDouble();
                    count[e]++;
                }
            }
        }
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int e = 0; e < sum.length; e++) {
            if (count[e] > 0) {
                x.add(e + 1.0);
                y.add(sum[e] / count[e]);
            }
        }
        return List.of(x, y);
    }
}
