package io.batterylab.ui.testing;

/**
 * Equal-width bins over the range of the values (NaN left out); the last bin includes the maximum.
 *
 * @param lowerEdges the lower edge of each bin
 * @param centers the centre of each bin, where its bar is drawn
 * @param counts values per bin
 */
public record Histogram(double[] lowerEdges, double[] centers, double[] counts, double binWidth) {

    public static Histogram of(double[] values, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("a histogram needs at least one bin, not " + bins);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min > max) {
            return new Histogram(new double[0], new double[0], new double[0], Double.NaN);
        }
        // all values equal: one unit-wide bin around them, so the bar has a width
        double width = max > min ? (max - min) / bins : 1;
        double start = max > min ? min : min - 0.5;
        int count = max > min ? bins : 1;
        double[] edges = new double[count];
        double[] centers = new double[count];
        double[] counts = new double[count];
        for (int i = 0; i < count; i++) {
            edges[i] = start + i * width;
            centers[i] = edges[i] + width / 2;
        }
        for (double v : values) {
            if (Double.isFinite(v)) {
                int bin = (int) Math.floor((v - start) / width);
                counts[Math.min(Math.max(bin, 0), count - 1)]++;
            }
        }
        return new Histogram(edges, centers, counts, width);
    }
}
