package io.batterylab.export.html;

import java.util.Arrays;

/**
 * The five figures of a box plot (Tukey): quartiles by linear interpolation (as numpy's default), whiskers at the
 * most extreme values within 1.5 IQR of the box, everything beyond them an outlier. NaN values are left out.
 */
record BoxStats(int count, double q1, double median, double q3, double lowWhisker, double highWhisker,
        double[] outliers) {

    static BoxStats of(double[] values) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (v.length == 0) {
            return new BoxStats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, new double[0]);
        }
        double q1 = quantile(v, 0.25);
        double median = quantile(v, 0.5);
        double q3 = quantile(v, 0.75);
        double fence = 1.5 * (q3 - q1);
        double low = Arrays.stream(v).filter(x -> x >= q1 - fence).min().orElse(q1);
        double high = Arrays.stream(v).filter(x -> x <= q3 + fence).max().orElse(q3);
        double[] outliers = Arrays.stream(v).filter(x -> x < low || x > high).toArray();
        return new BoxStats(v.length, q1, median, q3, low, high, outliers);
    }

    static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
