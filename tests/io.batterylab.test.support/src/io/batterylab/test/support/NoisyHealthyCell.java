package io.batterylab.test.support;

import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.SampleWindow;
import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.detection.evaluation.CrossValidation;
import io.batterylab.detection.evaluation.PreparedRecording;
import io.batterylab.detection.evaluation.SensorNoise;
import io.batterylab.detection.evaluation.TrainingSet;
import io.batterylab.detection.recording.RecordingSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A healthy cell at a constant temperature read through a noisy sensor (an NTC or thermocouple on the node's ADC:
 * ±0.1–0.5 °C from sample to sample), and a trained detector's verdicts on it. Issue 13: detectors trained on the
 * shared thermal recordings as recorded (normal ones logged every 5 s, smooth on the 2 Hz grid) called such a cell a
 * runaway; trained with {@link SensorNoise} they must not.
 */
public final class NoisyHealthyCell {
    private NoisyHealthyCell() {
    }

    /** Consecutive 60-sample windows (2 Hz) of one stream: 31 °C with uniform noise within ±{@code amplitude}. */
    public static List<SampleWindow> windows(double amplitude, int windows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] stream = new double[windows + 59];
        for (int i = 0; i < stream.length; i++) {
            stream[i] = 31 + amplitude * (2 * random.nextDouble() - 1);
        }
        List<SampleWindow> out = new ArrayList<>(windows);
        for (int w = 0; w < windows; w++) {
            double[] values = new double[60];
            System.arraycopy(stream, w, values, 0, 60);
            out.add(SampleWindow.regular(Channels.TEMP_INTERNAL, 0.5, values));
        }
        return out;
    }

    /** The share of the windows the model calls DANGER. */
    public static double dangerShare(DetectorModel model, List<SampleWindow> windows) {
        return model.assessAll(windows).stream().filter(a -> a.verdict() == DeviceStatus.DANGER).count()
                / (double) windows.size();
    }

    /**
     * {@code detector} trained with {@code settings} on all shared thermal recordings (skipped where they are absent,
     * failed on CI), on the training windows the product uses (every positive, every 400th negative) with
     * {@code noise}.
     */
    public static DetectorModel trainedOnRecordings(Detector detector, Record settings, SensorNoise noise)
            throws IOException {
        RecordingSet set = RecordingSet.read(SharedData.file("thermal/csv"));
        return detector.train(TrainingSet.of(PreparedRecording.all(set.recordings(), detector.window()),
                CrossValidation.DEFAULT.negativeStride(), noise), settings);
    }
}
