package io.batterylab.ui.monitoring;

import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.DetectorModelService;
import io.batterylab.core.detection.LabelledWindows;
import io.batterylab.core.detection.StoredDetectorModel;
import io.batterylab.detection.evaluation.AlarmPolicy;
import io.batterylab.detection.evaluation.CrossValidation;
import io.batterylab.detection.evaluation.EvaluationSummary;
import io.batterylab.detection.evaluation.PreparedRecording;
import io.batterylab.detection.evaluation.TrainingSet;
import io.batterylab.detection.recording.RecordingProblem;
import io.batterylab.detection.recording.RecordingSet;
import io.batterylab.detection.recording.ThermalRecording;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "Train detector from recordings…": trains a detector with its default settings on a folder of recordings (CSV,
 * as {@code batterylab-detect train}), scores it on them and stores it among the user's detector models.
 */
public final class DetectorTraining {
    static final String EVALUATED_ON = "the training recordings (not held out)";

    /** The stored model, its figures on the training recordings, and the files left out with the reason. */
    public record Result(StoredDetectorModel model, EvaluationSummary summary, List<RecordingProblem> leftOut) {
        /** What the user is told. */
        public String describe() {
            String problems = leftOut.isEmpty() ? "" : "\nLeft out: " + leftOut.stream()
                    .map(p -> p.file() + " (" + p.reason() + ")").collect(Collectors.joining("; "));
            return String.format("Detector model #%d (%s) trained on %d recordings (%d with a runaway).%n"
                    + "On %s: window recall %.3f, precision %.3f; %d of %d runaways caught, %d before onset; "
                    + "%.3f false alarms per hour.%nRun it on a device with Detectors… (%s model #%d).%s", model.id(),
                    summary.detector(), summary.recordings(),
                    summary.runawayRecordings(), EVALUATED_ON, summary.recall(), summary.precision(), summary.caught(),
                    summary.runawayRecordings(), summary.caughtBeforeOnset(), summary.falseAlarmsPerHour(),
                    summary.detector(), model.id(), problems);
        }
    }

    private DetectorTraining() {
    }

    /**
     * @throws IllegalArgumentException when the folder has no readable recording or the detector cannot learn from
     *         them (the reason says which)
     * @throws IOException when the folder cannot be listed or the model cannot be stored
     */
    public static Result train(long userId, Detector detector, Path folder, DetectorModelService models)
            throws IOException {
        RecordingSet set = RecordingSet.read(folder);
        if (set.recordings().isEmpty()) {
            throw new IllegalArgumentException("no readable recording (*.csv with Time and Temperature columns) in "
                    + folder + (set.problems().isEmpty() ? "" : ": " + set.problems()));
        }
        List<PreparedRecording> recordings = PreparedRecording.all(set.recordings(), detector.window());
        LabelledWindows data = TrainingSet.of(recordings, CrossValidation.DEFAULT.negativeStride());
        long start = System.nanoTime();
        DetectorModel model = detector.train(data, detector.defaultSettings());
        double seconds = (System.nanoTime() - start) / 1e9;
        var scores = CrossValidation.evaluate(detector.id(), model, recordings, AlarmPolicy.IMMEDIATE).recordings();
        EvaluationSummary summary = EvaluationSummary.of(detector.id(), scores, seconds);
        Map<String, String> figures = new LinkedHashMap<>(summary.figures());
        figures.put("evaluated_on", EVALUATED_ON);
        StoredDetectorModel stored = models.save(userId, model, detector,
                set.recordings().stream().map(ThermalRecording::name).toList(), figures);
        return new Result(stored, summary, set.problems());
    }
}
