package io.batterylab.sample.generator;

import java.util.Random;

/**
 * An empirical distribution given by its quantiles at equally spaced probabilities 0, 1/k, ..., 1, read with
 * linear interpolation (a piecewise-linear inverse CDF). Drawing one value per stratum [i/n, (i+1)/n) gives a
 * sample of n whose spread follows the table closely even for n ~ 100.
 */
record QuantileTable(double[] knots) {

    QuantileTable {
        if (knots.length < 2) {
            throw new IllegalArgumentException("need at least the 0 and 1 quantiles");
        }
        for (int i = 1; i < knots.length; i++) {
            if (knots[i] < knots[i - 1]) {
                throw new IllegalArgumentException("quantiles must not decrease: " + knots[i - 1] + " > " + knots[i]);
            }
        }
        knots = knots.clone();
    }

    /** The p-quantile, 0 <= p <= 1. */
    double quantile(double p) {
        double position = p * (knots.length - 1);
        int lower = Math.min((int) position, knots.length - 2);
        double fraction = position - lower;
        return knots[lower] + fraction * (knots[lower + 1] - knots[lower]);
    }

    /** n draws, one uniformly inside each probability stratum, in stratum order (ascending). */
    double[] stratifiedSample(int n, Random random) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = quantile((i + random.nextDouble()) / n);
        }
        return values;
    }
}
