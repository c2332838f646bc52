package io.batterylab.sample.generator;

/**
 * Mean of the last {@code window} values including the current one; over the first cycles the mean of those
 * available. This is how the features of the real processed set were smoothed (checked: the first value equals
 * the raw first cycle, the 10th the mean of cycles 1-10).
 */
final class TrailingMean {
    private final double[] last;
    private int seen;

    TrailingMean(int window) {
        this.last = new double[window];
    }

    double add(double value) {
        last[seen % last.length] = value;
        seen++;
        int n = Math.min(seen, last.length);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += last[i];
        }
        return sum / n;
    }
}
