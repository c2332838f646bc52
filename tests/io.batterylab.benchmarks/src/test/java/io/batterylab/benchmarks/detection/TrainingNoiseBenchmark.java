package io.batterylab.benchmarks.detection;

import io.batterylab.core.detection.Detector;
import io.batterylab.detection.evaluation.AlarmPolicy;
import io.batterylab.detection.evaluation.CrossValidation;
import io.batterylab.detection.evaluation.EvaluationResult;
import io.batterylab.detection.evaluation.EvaluationSummary;
import io.batterylab.detection.evaluation.PreparedRecording;
import io.batterylab.detection.evaluation.RecordingScore;
import io.batterylab.detection.evaluation.SensorNoise;
import io.batterylab.detection.recording.RecordingSet;
import io.batterylab.detector.forest.ForestDetector;
import io.batterylab.detector.lstm.LstmDetector;
import io.batterylab.detector.transformer.TransformerDetector;
import io.batterylab.test.support.SharedData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the trained detectors' grouped cross-validation (the detectors issue's folds, seed and training windows,
 * default settings) with and without the training noise, scored on the 15 runaway recordings (their lead times are
 * those a full run gives: the folds and the training are the same) and, with {@code -Dbenchmark.scoreNormals=true},
 * on the normal ones too. {@code -Dbenchmark.noiseRuns=forest:0,forest:0.5,...} (detector:amplitude) chooses the runs.
 */
class TrainingNoiseBenchmark {
    private static final Map<String, Detector> DETECTORS = Map.of("forest", new ForestDetector(), "lstm",
            new LstmDetector(), "transformer", new TransformerDetector());

    @Test
    void leadTimesWithAndWithoutTrainingNoise() throws Exception {
        RecordingSet set = RecordingSet.read(SharedData.file("thermal/csv"));
        boolean normals = Boolean.getBoolean("benchmark.scoreNormals");
        String runs = System.getProperty("benchmark.noiseRuns",
                "forest:0,forest:0.5,lstm:0.5,transformer:0.5,lstm:0,transformer:0");
        for (String run : runs.split(",")) {
            String[] parts = run.trim().split(":");
            Detector detector = DETECTORS.get(parts[0]);
            SensorNoise noise = new SensorNoise(Double.parseDouble(parts[1]), SensorNoise.DEFAULT.seed());
            List<PreparedRecording> recordings = PreparedRecording.all(set.recordings(), detector.window());
            CrossValidation cv = new CrossValidation(CrossValidation.DEFAULT.folds(), CrossValidation.DEFAULT.seed(),
                    CrossValidation.DEFAULT.negativeStride(), noise);
            long start = System.nanoTime();
            EvaluationResult result = cv.run(detector, detector.defaultSettings(), recordings, AlarmPolicy.IMMEDIATE,
                    recording -> normals || recording.runaway());
            print(detector.id(), noise, result, (System.nanoTime() - start) / 1e9);
        }
    }

    private static void print(String detector, SensorNoise noise, EvaluationResult result, double seconds) {
        String run = "%s, training noise ±%.2f".formatted(detector, noise.amplitudeCelsius());
        StringBuilder leads = new StringBuilder();
        for (RecordingScore score : result.recordings()) {
            if (score.runaway()) {
                leads.append(' ').append(score.name().substring(10, 13)).append(':')
                        .append(score.caught() ? "%.1f".formatted(score.leadSeconds()) : "missed");
            }
        }
        EvaluationSummary s = result.summary();
        System.out.printf("[noise] %s: lead s by recording%s%n", run, leads);
        System.out.printf("[noise] %s: caught %d/%d, before onset %d, lead min/median/max %.1f / %.1f / %.1f, window"
                + " P %.3f R %.3f F1 %.3f, false-alarm episodes on scored normals %d, training %.0f s, run %.0f s%n",
                run, s.caught(), s.runawayRecordings(), s.caughtBeforeOnset(), s.leadQuantile(0), s.leadQuantile(0.5),
                s.leadQuantile(1), s.precision(), s.recall(), s.f1(), s.normalAlarmEpisodes(), s.trainingSeconds(),
                seconds);
    }
}
