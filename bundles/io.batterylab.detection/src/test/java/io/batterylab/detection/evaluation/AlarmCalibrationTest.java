package io.batterylab.detection.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.Assessment;
import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.RuleDetector;
import io.batterylab.core.detection.SampleWindow;
import io.batterylab.core.detection.WindowSpec;
import io.batterylab.core.settings.Setting;
import io.batterylab.detection.recording.Resampler;
import io.batterylab.detection.recording.RunawayLabels;
import io.batterylab.detection.recording.ThermalRecording;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class AlarmCalibrationTest {
    /** Test detector: risk = rise over the window / {@code fullRisk} °C, clipped; verdict at risk 0.5. */
    static final class GradedRise extends RuleDetector<GradedRise.Scale> {
        record Scale(@Setting(label = "Rise of full risk (°C)", min = 0.1, max = 100) double fullRisk) {
        }

        GradedRise() {
            super("graded-rise", "Graded rise over the window", Scale.class, new Scale(10),
                    List.of(Channels.TEMP_INTERNAL));
        }

        @Override
        protected Function<SampleWindow, Assessment> rule(Scale scale) {
            return w -> {
                double[] v = w.channel(Channels.TEMP_INTERNAL);
                return Assessment.ofRisk((v[v.length - 1] - v[0]) / scale.fullRisk(), 0.5);
            };
        }
    }

    private static PreparedRecording trace(String name, double seconds, DoubleUnaryOperator temperature) {
        int n = (int) seconds + 1;
        double[] t = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i;
            v[i] = temperature.applyAsDouble(i);
        }
        return PreparedRecording.of(new ThermalRecording(name, name.contains("_exception"), t, v), Resampler.DEVICE,
                RunawayLabels.TASK, WindowSpec.DEVICE_DEFAULT);
    }

    /**
     * 4 normal recordings with a one-sample sensor glitch of +8 °C every 60 s (risk 0.8 in the one window that ends on
     * it) and 4 that run away at 1 °C/s from 200 s.
     */
    private static List<PreparedRecording> glitchesAndRunaways() {
        List<PreparedRecording> recordings = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            double level = 20 + 5 * i;
            recordings.add(trace("normal_" + i + ".csv", 3600, s -> level + (s % 60 == 30 ? 8 : 0)));
            recordings.add(trace("cell_" + i + "_exception.csv", 400, s -> level + Math.max(0, s - 200)));
        }
        return recordings;
    }

    @Test
    void givenGlitchyNormalRecordings_whenCalibrated_thenTheChoiceIgnoresTheGlitchesAndBeatsTheDefaultAlarm() {
        List<PreparedRecording> recordings = glitchesAndRunaways();
        GradedRise detector = new GradedRise();

        AlarmCalibration.Choice choice = new AlarmCalibration(2, 1, 10).choose(detector, detector.defaultSettings(),
                recordings);

        assertEquals(0, choice.innerNormalEpisodes(), choice.toString());
        assertTrue(choice.confirmWindows() >= 2 || choice.alarmAt() > 0.8, choice.toString());
        var model = detector.train(TrainingSet.of(recordings, 10), detector.defaultSettings());
        double defaultF1 = EvaluationSummary.of("default", recordings.stream()
                .map(r -> RecordingScorer.score(model, r)).toList(), 0).f1();
        assertTrue(choice.innerF1() > defaultF1, choice + " against the default's F1 " + defaultF1);
    }

    @Test
    void givenRecordings_whenCrossValidatedWithCalibration_thenEveryRecordingScoredOnceWithItsFoldsChoice() {
        List<PreparedRecording> recordings = glitchesAndRunaways();
        GradedRise detector = new GradedRise();

        CrossValidation.Calibrated calibrated = new CrossValidation(2, 1, 10).runCalibrated(detector,
                detector.defaultSettings(), recordings, new AlarmCalibration(2, 1, 10));

        assertEquals(2, calibrated.choices().size());
        assertEquals(8, calibrated.result().recordings().size());
        assertEquals(0, calibrated.result().summary().normalAlarmEpisodes());
        assertEquals(4, calibrated.result().summary().caught());
    }

    @Test
    void givenAssessedRecording_whenScoredAtAThreshold_thenSameAsTheModelsOwnVerdictAtThatThreshold() {
        PreparedRecording runaway = trace("x_exception.csv", 400, s -> 25 + Math.max(0, s - 200));
        GradedRise detector = new GradedRise();
        var model = detector.train(TrainingSet.of(List.of(runaway), 1), detector.defaultSettings());

        RecordingScore atHalf = RecordingScorer.score(RecordingScorer.assess(model, runaway), 0.5, AlarmPolicy.IMMEDIATE);

        assertEquals(untimed(RecordingScorer.score(model, runaway)), untimed(atHalf));
    }

    private static RecordingScore untimed(RecordingScore s) {
        return new RecordingScore(s.name(), s.runaway(), s.windows(), s.truePositives(), s.falsePositives(),
                s.falseNegatives(), s.trueNegatives(), s.onsetSeconds(), s.firstAlarmSeconds(), s.alarmEpisodes(),
                s.periodSeconds(), 0);
    }
}
