package io.batterylab.detection.recording;

/**
 * A recording on a regular grid: value k belongs to {@code startSeconds + k * periodSeconds}; NaN where the
 * resampling rule refused to invent a value (a long gap).
 */
public record ResampledRecording(String name, boolean runaway, double startSeconds, double periodSeconds,
        double[] values) {

    public int size() {
        return values.length;
    }

    public double time(int index) {
        return startSeconds + index * periodSeconds;
    }

    public boolean present(int index) {
        return !Double.isNaN(values[index]);
    }

    /** Whether every value in [from, to] (inclusive, within bounds) is present. */
    public boolean presentFromTo(int from, int to) {
        if (from < 0 || to >= values.length) {
            return false;
        }
        for (int i = from; i <= to; i++) {
            if (Double.isNaN(values[i])) {
                return false;
            }
        }
        return true;
    }
}
