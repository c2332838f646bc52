package io.batterylab.core.training;

/**
 * Regression metrics, defined once (SPEC §4) and used everywhere.
 *
 * @param count rows compared
 * @param mse mean squared error
 * @param rmse root of mse
 * @param mae mean absolute error
 * @param r2 coefficient of determination, 1 - SS_res / SS_tot (NaN when the truth is constant)
 * @param rmspe sqrt(mean(((yhat - y) / y)^2)) * 100, over rows with y != 0
 * @param rmspeExcluded rows left out of rmspe because y == 0 (e.g. RUL at end of life)
 */
public record Metrics(int count, double mse, double rmse, double mae, double r2, double rmspe, int rmspeExcluded) {

    public static Metrics of(double[] truth, double[] predicted) {
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException("truth has " + truth.length + " values, predictions " + predicted.length);
        }
        int n = truth.length;
        if (n == 0) {
            return new Metrics(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double mean = 0;
        for (double y : truth) {
            mean += y;
        }
        mean /= n;
        double se = 0, ae = 0, tot = 0, pe = 0;
        int excluded = 0;
        for (int i = 0; i < n; i++) {
            double err = predicted[i] - truth[i];
            se += err * err;
            ae += Math.abs(err);
            tot += (truth[i] - mean) * (truth[i] - mean);
            if (truth[i] == 0) {
                excluded++;
            } else {
                double rel = err / truth[i];
                pe += rel * rel;
            }
        }
        double mse = se / n;
        double r2 = tot == 0 ? Double.NaN : 1 - se / tot;
        double rmspe = n == excluded ? Double.NaN : Math.sqrt(pe / (n - excluded)) * 100;
        return new Metrics(n, mse, Math.sqrt(mse), ae / n, r2, rmspe, excluded);
    }
}
