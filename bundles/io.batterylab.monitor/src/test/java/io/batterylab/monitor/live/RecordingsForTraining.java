package io.batterylab.monitor.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.StoredDetectorModel;
import io.batterylab.detection.evaluation.CrossValidation;
import io.batterylab.detection.evaluation.PreparedRecording;
import io.batterylab.detection.evaluation.TrainingSet;
import io.batterylab.detection.model.DetectorModelStore;
import io.batterylab.detection.recording.RecordingSet;
import io.batterylab.detection.recording.ThermalRecording;
import io.batterylab.test.support.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A user's detector model trained on nine shared recordings (five runaways, four normal) and saved in the detector
 * library, as "Train detector from recordings…" does; the runaway the live tests replay (060) is not among them.
 */
final class RecordingsForTraining {
    static final List<String> NAMES = List.of("temp_data_036_exception.csv", "temp_data_040_exception.csv",
            "temp_data_043_exception.csv", "temp_data_044_exception.csv", "temp_data_054_exception.csv",
            "temp_data_001.csv", "temp_data_006.csv", "temp_data_010.csv", "temp_data_046.csv");

    private RecordingsForTraining() {
    }

    /** Trains {@code detector} with its default settings on the nine recordings, copied into {@code dir}. */
    static StoredDetectorModel train(Path dir, long user, Detector detector, DetectorModelStore models)
            throws IOException {
        Path folder = Files.createDirectories(dir.resolve("recordings"));
        for (String name : NAMES) {
            if (!Files.exists(folder.resolve(name))) {
                Files.copy(SharedData.file("thermal/csv/" + name), folder.resolve(name));
            }
        }
        RecordingSet set = RecordingSet.read(folder);
        assertEquals(NAMES.size(), set.recordings().size(), set.problems().toString());
        List<PreparedRecording> recordings = PreparedRecording.all(set.recordings(), detector.window());
        DetectorModel model = detector.train(TrainingSet.of(recordings, CrossValidation.DEFAULT.negativeStride()),
                detector.defaultSettings());
        return models.save(user, model, detector, set.recordings().stream().map(ThermalRecording::name).toList(),
                Map.of());
    }
}
