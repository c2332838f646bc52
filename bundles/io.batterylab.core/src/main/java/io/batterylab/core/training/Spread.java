package io.batterylab.core.training;

import java.util.Arrays;
import java.util.Locale;

/**
 * Mean and sample standard deviation of one figure over repeated runs; undefined (NaN) values are left out.
 *
 * @param count the defined values
 * @param std 0 for a single value, NaN for none
 */
public record Spread(int count, double mean, double std) {
    public static Spread of(double... values) {
        double[] defined = Arrays.stream(values).filter(Double::isFinite).toArray();
        int n = defined.length;
        if (n == 0) {
            return new Spread(0, Double.NaN, Double.NaN);
        }
        double mean = Arrays.stream(defined).average().orElseThrow();
        double squares = Arrays.stream(defined).map(v -> (v - mean) * (v - mean)).sum();
        return new Spread(n, mean, n == 1 ? 0 : Math.sqrt(squares / (n - 1)));
    }

    /** "mean ± std" with the given decimals, the mean alone for one value, "–" for none. */
    public String format(int decimals) {
        if (count == 0) {
            return "–";
        }
        String pattern = "%." + decimals + "f";
        String m = String.format(Locale.ROOT, pattern, mean);
        return count == 1 ? m : m + " ± " + String.format(Locale.ROOT, pattern, std);
    }
}
