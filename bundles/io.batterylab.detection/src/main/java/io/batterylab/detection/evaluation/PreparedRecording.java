package io.batterylab.detection.evaluation;

import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.SampleWindow;
import io.batterylab.core.detection.WindowSpec;
import io.batterylab.detection.recording.ResampledRecording;
import io.batterylab.detection.recording.Resampler;
import io.batterylab.detection.recording.RunawayLabels;
import io.batterylab.detection.recording.ThermalRecording;
import java.util.Arrays;

/**
 * A recording ready for detectors: on the grid, labelled, with its onset and the grid indices at which a
 * complete window ends (every sample of the window present: windows never reach across a gap).
 */
public record PreparedRecording(ResampledRecording grid, byte[] labels, double onsetSeconds, int windowSamples,
        int[] windowEnds) {

    public static PreparedRecording of(ThermalRecording recording, Resampler resampler, RunawayLabels task,
            WindowSpec window) {
        if (Math.abs(window.periodSeconds() - resampler.periodSeconds()) > 1e-9) {
            throw new IllegalArgumentException("detector window period " + window.periodSeconds()
                    + " s differs from the resampling period " + resampler.periodSeconds() + " s");
        }
        ResampledRecording grid = resampler.resample(recording);
        byte[] labels = task.of(grid);
        int n = window.samples();
        int[] ends = new int[Math.max(0, grid.size() - n + 1)];
        int count = 0;
        int run = 0; // present samples in a row up to k
        for (int k = 0; k < grid.size(); k++) {
            run = grid.present(k) ? run + 1 : 0;
            if (run >= n) {
                ends[count++] = k;
            }
        }
        double onset = Double.NaN;
        for (int k = 0; k < labels.length && Double.isNaN(onset); k++) {
            if (labels[k] == 1) {
                onset = grid.time(k);
            }
        }
        return new PreparedRecording(grid, labels, onset, n, Arrays.copyOf(ends, count));
    }

    /** Every recording on the device grid (2 Hz, gaps over 10 s left open) with the task's labels. */
    public static java.util.List<PreparedRecording> all(java.util.List<ThermalRecording> recordings,
            WindowSpec window) {
        return recordings.stream().map(r -> of(r, Resampler.DEVICE, RunawayLabels.TASK, window)).toList();
    }

    public String name() {
        return grid.name();
    }

    public boolean runaway() {
        return grid.runaway();
    }

    /** The window of internal temperature that ends at grid index {@code end}. */
    public SampleWindow window(int end) {
        int from = end - windowSamples + 1;
        double[] times = new double[windowSamples];
        for (int i = 0; i < windowSamples; i++) {
            times[i] = grid.time(from + i);
        }
        return SampleWindow.of(times, Channels.TEMP_INTERNAL, Arrays.copyOfRange(grid.values(), from, end + 1));
    }
}
