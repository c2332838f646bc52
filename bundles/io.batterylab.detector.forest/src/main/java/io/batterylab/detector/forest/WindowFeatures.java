package io.batterylab.detector.forest;

import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.SampleWindow;

/**
 * Statistics of the internal temperature over a window that do not depend on its absolute level (some
 * recordings hold deltas, cells start at different temperatures): every one is a difference or a slope, so
 * adding a constant to the whole window changes none of them.
 */
public final class WindowFeatures {
    private static final String[] NAMES = {"rise_window", "range", "slope_window", "slope_10s", "slope_5s",
        "curvature", "diff_0_5s", "diff_2_5s", "diff_5s", "max_step", "step_sd", "above_min", "below_max"};

    private WindowFeatures() {
    }

    public static String[] names() {
        return NAMES.clone();
    }

    /** Slopes in °C/min, differences in °C. */
    public static double[] of(SampleWindow window) {
        double[] t = window.timesSeconds();
        double[] v = window.channel(Channels.TEMP_INTERNAL);
        int last = v.length - 1;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double maxStep = 0;
        double sumStep = 0;
        double sumStep2 = 0;
        for (int i = 0; i <= last; i++) {
            min = Math.min(min, v[i]);
            max = Math.max(max, v[i]);
            if (i > 0) {
                double step = v[i] - v[i - 1];
                maxStep = Math.max(maxStep, Math.abs(step));
                sumStep += step;
                sumStep2 += step * step;
            }
        }
        double meanStep = sumStep / last;
        double slope10 = window.slopePerMinute(Channels.TEMP_INTERNAL, 10);
        double firstSlope10 = 60 * SampleWindow.slope(t, v, 0, indexAfter(t, t[0] + 10));
        return new double[] {v[last] - v[0], max - min, 60 * SampleWindow.slope(t, v, 0, last), slope10,
            window.slopePerMinute(Channels.TEMP_INTERNAL, 5), slope10 - firstSlope10, back(t, v, 0.5),
            back(t, v, 2.5), back(t, v, 5), maxStep, Math.sqrt(Math.max(0, sumStep2 / last - meanStep * meanStep)),
            v[last] - min, max - v[last]};
    }

    /** Newest value minus the value about {@code seconds} earlier. */
    private static double back(double[] t, double[] v, double seconds) {
        int last = v.length - 1;
        int i = last;
        while (i > 0 && t[last] - t[i - 1] <= seconds + 1e-9) {
            i--;
        }
        return v[last] - v[Math.min(i, last - 1)];
    }

    private static int indexAfter(double[] t, double time) {
        int i = 1;
        while (i < t.length - 1 && t[i] <= time + 1e-9) {
            i++;
        }
        return i - 1 < 1 ? 1 : i - 1;
    }
}
