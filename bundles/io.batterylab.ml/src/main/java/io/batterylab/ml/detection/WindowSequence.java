package io.batterylab.ml.detection;

import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.SampleWindow;
import java.util.List;

/**
 * What a sequence detector reads of a window: one row per sample, oldest first, with {@value #FEATURES} values
 * that do not depend on the absolute temperature (some recordings hold deltas, cells start at different
 * temperatures): the rise since the window's first sample, the step from the previous sample (×10, so that sensor
 * noise of 0.05 °C and a runaway's degrees per step both land near 1), and the sample's position in the window
 * (0 … 1; the only order information the attention encoder gets). Rise and step are compressed with a signed
 * log(1 + |x|): a runaway reaches hundreds of degrees, normal windows stay within a few tenths, and both must train.
 */
public final class WindowSequence {
    public static final int FEATURES = 3;

    private WindowSequence() {
    }

    /** The rows of all windows one after another ({@code windows × samples × FEATURES}). */
    public static float[] of(List<SampleWindow> windows, int samples) {
        float[] rows = new float[windows.size() * samples * FEATURES];
        for (int w = 0; w < windows.size(); w++) {
            write(windows.get(w), samples, rows, w * samples * FEATURES);
        }
        return rows;
    }

    private static void write(SampleWindow window, int samples, float[] rows, int offset) {
        if (window.size() != samples) {
            throw new IllegalArgumentException("a sequence detector needs windows of " + samples + " samples, got "
                    + window.size());
        }
        double[] v = window.channel(Channels.TEMP_INTERNAL);
        for (int i = 0; i < samples; i++) {
            int at = offset + i * FEATURES;
            rows[at] = (float) compress(v[i] - v[0]);
            rows[at + 1] = (float) compress(10 * (i == 0 ? 0 : v[i] - v[i - 1]));
            rows[at + 2] = (float) i / (samples - 1);
        }
    }

    static double compress(double x) {
        return Math.signum(x) * Math.log1p(Math.abs(x));
    }
}
