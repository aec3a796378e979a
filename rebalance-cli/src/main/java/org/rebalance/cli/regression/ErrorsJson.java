package org.rebalance.cli.regression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rebalance.cli.report.MetricsJson;
import org.rebalance.core.regression.BinnedErrors;
import org.rebalance.core.regression.RegressionMetrics;
import org.rebalance.core.regression.ShotRegion;
import org.rebalance.core.regression.TargetBins;

/** The JSON form of regression errors: overall, per shot region, and per target bin. */
final class ErrorsJson {
    private ErrorsJson() {
    }

    /** MSE, RMSE, MAE, R², balanced MSE and the MSE of each shot region. */
    static Map<String, Object> of(RegressionMetrics r, BinnedErrors b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mse", MetricsJson.number(r.mse()));
        m.put("rmse", MetricsJson.number(r.rmse()));
        m.put("mae", MetricsJson.number(r.mae()));
        m.put("r2", MetricsJson.number(r.r2()));
        m.put("balanced_mse", MetricsJson.number(b.balancedMse()));
        for (ShotRegion region : ShotRegion.values()) {
            m.put(region.name().toLowerCase(Locale.ROOT) + "_shot_mse", MetricsJson.number(b.region(region).mse()));
        }
        return m;
    }

    /** One row per bin: its range, training and test counts, shot region, errors and mean prediction. */
    static List<Map<String, Object>> bins(BinnedErrors b) {
        TargetBins bins = b.binning();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (BinnedErrors.Bin bin : b.bins()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("low", bins.lowerEdge(bin.index()));
            row.put("high", bins.upperEdge(bin.index()));
            row.put("train_count", bin.trainCount());
            row.put("test_count", bin.count());
            row.put("region", bin.region().name().toLowerCase(Locale.ROOT));
            row.put("mse", MetricsJson.number(bin.mse()));
            row.put("mae", MetricsJson.number(bin.mae()));
            row.put("mean_prediction", MetricsJson.number(bin.meanPrediction()));
            rows.add(row);
        }
        return rows;
    }
}
