package org.rebalance.core.regression;

/**
 * Errors of real-valued predictions, defined as in scikit-learn: {@code mean_squared_error}, its square root,
 * {@code mean_absolute_error} and {@code r2_score}. R² is 1 - SS_res / SS_tot; when the truth is constant
 * (SS_tot = 0) it is 1 for perfect predictions and 0 otherwise, and with a single sample it is NaN, as in
 * scikit-learn.
 */
public record RegressionMetrics(double mse, double rmse, double mae, double r2, int n) {

    /**
     * The metrics of predictions against the truth.
     *
     * @throws IllegalArgumentException if the arrays are empty or of different lengths
     */
    public static RegressionMetrics of(double[] truth, double[] predicted) {
        int n = truth.length;
        if (n == 0 || predicted.length != n) {
            throw new IllegalArgumentException("regression metrics need equally long, non-empty arrays, got "
                    + n + " truths and " + predicted.length + " predictions");
        }
        double mean = 0;
        for (double y : truth) {
            mean += y;
        }
        mean /= n;
        double squares = 0;
        double absolutes = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double e = truth[i] - predicted[i];
            squares += e * e;
            absolutes += Math.abs(e);
            total += (truth[i] - mean) * (truth[i] - mean);
        }
        double r2;
        if (n < 2) {
            r2 = Double.NaN;
        } else if (total == 0) {
            r2 = squares == 0 ? 1 : 0;
        } else {
            r2 = 1 - squares / total;
        }
        double mse = squares / n;
        return new RegressionMetrics(mse, Math.sqrt(mse), absolutes / n, r2, n);
    }
}
