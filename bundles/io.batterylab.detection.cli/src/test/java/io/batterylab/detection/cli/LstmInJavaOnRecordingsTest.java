package io.batterylab.detection.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.Assessment;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.SampleWindow;
import io.batterylab.detection.evaluation.PreparedRecording;
import io.batterylab.detection.evaluation.TrainingSet;
import io.batterylab.detection.recording.RecordingSet;
import io.batterylab.detector.lstm.LstmDetector;
import io.batterylab.detector.lstm.LstmSettings;
import io.batterylab.test.support.SharedData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An LSTM trained on every sixth shared thermal recording, saved and loaded twice: once assessed in Java (the
 * default), once by libtorch ({@code batterylab.detection.javaLstm=false}); on ≈ 30,000 windows spread over all 55
 * recordings both give the same risk within 1e-5 and the same alarm.
 */
class LstmInJavaOnRecordingsTest {
    private static final System.Logger LOG = System.getLogger(LstmInJavaOnRecordingsTest.class.getName());
    private static final String JAVA_LSTM = "batterylab.detection.javaLstm";
    /** About this many windows, evenly over the recordings (every fifth of all, 944,031, took 6 minutes). */
    private static final int WINDOWS = 30_000;

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"16, 1", "9, 2"})
    void givenAnLstmTrainedOnRecordings_whenLoadedForJavaAndForLibtorch_thenTheSameRisksAndAlarmsOnAllRecordings(
            int hidden, int layers) throws Exception {
        LstmDetector detector = new LstmDetector();
        List<PreparedRecording> recordings = PreparedRecording.all(
                RecordingSet.read(SharedData.file("thermal/csv")).recordings(), detector.window());
        List<PreparedRecording> training = new ArrayList<>();
        for (int i = 0; i < recordings.size(); i += 6) {
            training.add(recordings.get(i));
        }
        DetectorModel trained = detector.train(TrainingSet.of(training, 100),
                new LstmSettings(hidden, layers, 3, 0.005, 0.5, 42));
        trained.save(dir);
        DetectorModel java = detector.load(dir);
        System.setProperty(JAVA_LSTM, "false");
        DetectorModel torch;
        try {
            torch = detector.load(dir);
        } finally {
            System.clearProperty(JAVA_LSTM);
        }
        int complete = recordings.stream().mapToInt(r -> r.windowEnds().length).sum();
        int stride = Math.max(1, complete / WINDOWS);
        List<SampleWindow> windows = new ArrayList<>();
        for (PreparedRecording recording : recordings) {
            int[] ends = recording.windowEnds();
            for (int i = 0; i < ends.length; i += stride) {
                windows.add(recording.window(ends[i]));
            }
        }

        List<Assessment> inJava = java.assessAll(windows);
        List<Assessment> byTorch = torch.assessAll(windows);

        double worst = 0;
        int alarms = 0;
        for (int i = 0; i < windows.size(); i++) {
            worst = Math.max(worst, Math.abs(inJava.get(i).risk() - byTorch.get(i).risk()));
            assertEquals(byTorch.get(i).alarm(), inJava.get(i).alarm(), "window " + i);
            alarms += byTorch.get(i).alarm() ? 1 : 0;
        }
        LOG.log(System.Logger.Level.INFO, "LSTM {0}x{1}: {2} windows, {3} alarms, max |Δrisk| Java - libtorch {4}",
                hidden, layers, windows.size(), alarms, String.valueOf(worst));
        assertTrue(alarms > 0 && alarms < windows.size(), alarms + " alarms");
        assertTrue(worst <= 1e-5, "max |Δrisk| " + worst);
    }
}
