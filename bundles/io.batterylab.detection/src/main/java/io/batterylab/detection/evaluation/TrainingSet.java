package io.batterylab.detection.evaluation;

import io.batterylab.core.detection.LabelledWindows;
import io.batterylab.core.detection.SampleWindow;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled windows a detector trains on: every positive window, and every {@code negativeStride}-th
 * negative one of each recording (the long normal recordings hold millions of near-identical windows, and
 * Tribuo's trees train in time proportional to the windows).
 * Windows without a label are never used. Every window carries {@link SensorNoise} (by default
 * {@link SensorNoise#DEFAULT}), so that detectors do not learn sensor noise as a runaway sign.
 */
public final class TrainingSet {
    private TrainingSet() {
    }

    /** The windows with {@link SensorNoise#DEFAULT}. */
    public static LabelledWindows of(List<PreparedRecording> recordings, int negativeStride) {
        return of(recordings, negativeStride, SensorNoise.DEFAULT);
    }

    public static LabelledWindows of(List<PreparedRecording> recordings, int negativeStride, SensorNoise noise) {
        return noise.addTo(recorded(recordings, negativeStride));
    }

    /** The windows as recorded, without noise. */
    static LabelledWindows recorded(List<PreparedRecording> recordings, int negativeStride) {
        if (negativeStride < 1) {
            throw new IllegalArgumentException("negative stride must be >= 1, got " + negativeStride);
        }
        List<SampleWindow> windows = new ArrayList<>();
        List<Boolean> runaway = new ArrayList<>();
        for (PreparedRecording recording : recordings) {
            int negatives = 0;
            for (int end : recording.windowEnds()) {
                byte label = recording.labels()[end];
                if (label == 1 || (label == 0 && negatives++ % negativeStride == 0)) {
                    windows.add(recording.window(end));
                    runaway.add(label == 1);
                }
            }
        }
        return new LabelledWindows(windows, runaway);
    }
}
