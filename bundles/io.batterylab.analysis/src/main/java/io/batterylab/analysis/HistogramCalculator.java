package io.batterylab.analysis;

import io.batterylab.core.analysis.Histogram;
import java.util.Arrays;

/**
 * Equal-width histograms between the smallest and the largest value.
 * Bin i covers [edges[i], edges[i+1]); the last bin also holds its upper edge, so the maximum is counted.
 */
public final class HistogramCalculator {
    /** More bins than this are not readable on a chart and only cost memory on a REST call. */
    public static final int MAX_BINS = 1000;

    private HistogramCalculator() {
    }

    /**
     * @param values present values only (no NaN)
     * @return empty edges and counts when there are no values; a unit-wide range centred on the value when
     *         all values are equal (a zero-width range cannot be split into bins)
     */
    public static Histogram equalWidth(double[] values, int bins) {
        requireValidBinCount(bins);
        if (values.length == 0) {
            return new Histogram(new double[0], new long[0]);
        }
        double min = Arrays.stream(values).min().orElseThrow();
        double max = Arrays.stream(values).max().orElseThrow();
        if (min == max) {
            min -= 0.5;
            max += 0.5;
        }
        double[] edges = edges(min, max, bins);
        long[] counts = new long[bins];
        for (double v : values) {
            counts[binOf(v, edges)]++;
        }
        return new Histogram(edges, counts);
    }

    public static void requireValidBinCount(int bins) {
        if (bins < 1 || bins > MAX_BINS) {
            throw new IllegalArgumentException("histogram bins must be between 1 and " + MAX_BINS + ", got " + bins);
        }
    }

    private static double[] edges(double min, double max, int bins) {
        double[] edges = new double[bins + 1];
        double range = max - min;
        for (int i = 0; i < bins; i++) {
            // range * i / bins rather than i * width: puts "round" edges such as 0.6 exactly where a reader expects
            edges[i] = min + range * i / bins;
        }
        edges[bins] = max;
        return edges;
    }

    /** Compares against the reported edges themselves, so a value on an edge lands in the bin that edge opens. */
    private static int binOf(double v, double[] edges) {
        int bins = edges.length - 1;
        int pos = Arrays.binarySearch(edges, v);
        int bin = pos >= 0 ? pos : -pos - 2;
        return Math.max(0, Math.min(bins - 1, bin));
    }
}
