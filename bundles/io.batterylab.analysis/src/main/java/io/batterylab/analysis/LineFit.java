package io.batterylab.analysis;

/** Ordinary least-squares line y = intercept + slope * x. */
public record LineFit(double intercept, double slope) {

    /** @throws IllegalArgumentException when fewer than two distinct x values are given */
    public static LineFit of(double[] x, double[] y) {
        int n = x.length;
        double meanX = mean(x);
        double meanY = mean(y);
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - meanX) * (x[i] - meanX);
            sxy += (x[i] - meanX) * (y[i] - meanY);
        }
        if (n < 2 || sxx == 0) {
            throw new IllegalArgumentException("a line needs at least two distinct x values, got " + n + " points");
        }
        double slope = sxy / sxx;
        return new LineFit(meanY - slope * meanX, slope);
    }

    public double valueAt(double x) {
        return intercept + slope * x;
    }

    private static double mean(double[] v) {
        double sum = 0;
        for (double d : v) {
            sum += d;
        }
        return sum / v.length;
    }
}
