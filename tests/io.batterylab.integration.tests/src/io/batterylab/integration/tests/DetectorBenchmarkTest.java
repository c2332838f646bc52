package io.batterylab.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.DetectorRegistry;
import io.batterylab.detection.evaluation.AlarmCalibration;
import io.batterylab.detection.evaluation.CrossValidation;
import io.batterylab.detection.evaluation.EvaluationResult;
import io.batterylab.detection.evaluation.PreparedRecording;
import io.batterylab.detection.evaluation.RandomWindowSplit;
import io.batterylab.detection.evaluation.ResultTable;
import io.batterylab.detection.recording.RecordingSet;
import io.batterylab.detection.synthetic.SyntheticRecordings;
import io.batterylab.detector.forest.ForestDetector;
import io.batterylab.detector.forest.SyntheticForest;
import io.batterylab.test.support.Services;
import io.batterylab.test.support.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Scores the built-in detectors on the real thermal recordings by grouped, stratified 5-fold cross-validation
 * and prints the per-recording tables and summaries (CSV under target/detector-benchmark/): every detector with its
 * default settings, then every learned one with its alarm threshold and N chosen by inner 3-fold CV inside each
 * training fold; then the default forest trained on synthetic traces only on every real recording (at its own
 * threshold, and at the threshold and N that inner CV on the synthetic traces chose); then the original project's leaky
 * random-window split once per learned detector, for comparison. Figures only; opt-in, about an hour on 2 cores:
 * {@code ./mvnw verify -Pbenchmark -Dosgi.test.timeout=7200} (docs/benchmarks.md);
 * {@code -Dbatterylab.benchmark.detectors=lstm,transformer} runs only those.
 */
@Tag("benchmark")
class DetectorBenchmarkTest {
    private static final List<String> LEARNED = List.of("forest", "lstm", "transformer");
    private final StringBuilder summaries = new StringBuilder();
    private Path out;

    @Test
    void printCrossValidatedFiguresOfEveryDetectorOnTheRealRecordings() throws Exception {
        RecordingSet set = RecordingSet.read(SharedData.file("thermal/csv"));
        DetectorRegistry registry = Services.await(DetectorRegistry.class);
        out = Path.of(System.getProperty("batterylab.home", "target/batterylab-home")).resolveSibling(
                "detector-benchmark");
        Files.createDirectories(out);
        List<String> ids = Arrays.asList(System.getProperty("batterylab.benchmark.detectors",
                "threshold,rise,forest,lstm,transformer,forest-synthetic").split(","));
        System.out.println("left out: " + set.problems());
        // cheapest first, so that a run cut short still has the figures of every detector at its defaults
        List<String> detectors = ids.stream().filter(i -> !i.equals("forest-synthetic")).toList();
        List<String> learned = detectors.stream().filter(LEARNED::contains).toList();
        for (String id : detectors) {
            Detector detector = Services.awaitFound(() -> registry.find(id), id + " in the registry");
            EvaluationResult result = CrossValidation.DEFAULT.run(detector, detector.defaultSettings(),
                    recordings(set, detector));
            assertEquals(set.recordings().size(), result.recordings().size());
            report(id, "grouped stratified 5-fold CV by recording, default settings", result);
        }
        for (String id : learned) {
            Detector detector = registry.find(id).orElseThrow();
            String leaky = RandomWindowSplit.DEFAULT.run(detector, detector.defaultSettings(), recordings(set, detector));
            summaries.append(id).append(", random window split (leaky, as the original): ").append(leaky).append('\n');
            System.out.println("== " + id + ", random window split (leaky, as the original): " + leaky);
        }
        if (ids.contains("forest-synthetic")) {
            synthetic(set, (ForestDetector) registry.find("forest").orElseThrow());
        }
        for (String id : learned) {
            Detector detector = registry.find(id).orElseThrow();
            CrossValidation.Calibrated calibrated = CrossValidation.DEFAULT.runCalibrated(detector,
                    detector.defaultSettings(), recordings(set, detector), AlarmCalibration.DEFAULT);
            report(id + "-calibrated", "the same folds, threshold and N by inner 3-fold CV: " + calibrated.choices(),
                    calibrated.result());
        }
        System.out.println("== summaries\n" + summaries);
    }

    /** The default model the product ships, trained on synthetic traces only, scored on every real recording. */
    private void synthetic(RecordingSet set, ForestDetector forest) throws Exception {
        DetectorModel shipped = SyntheticForest.load(forest);
        List<PreparedRecording> real = PreparedRecording.all(set.recordings(), forest.window());
        report("forest-synthetic", "trained on synthetic traces only, on all the real recordings",
                CrossValidation.evaluate("forest-synthetic", shipped, real));
        // its threshold and N chosen by inner CV on the synthetic traces it was trained on (seed 1, 60 + 60), with
        // its training settings (every 20th normal window)
        SyntheticRecordings generator = new SyntheticRecordings(1);
        List<io.batterylab.detection.recording.ThermalRecording> traces = new ArrayList<>(generator.normals(60));
        traces.addAll(generator.runaways(60));
        AlarmCalibration.Choice choice = new AlarmCalibration(3, 1, 20).choose(forest, shipped.settings(),
                PreparedRecording.all(traces, forest.window()));
        report("forest-synthetic-calibrated", "the same model, " + choice + " chosen on the synthetic traces",
                CrossValidation.evaluate("forest-synthetic-calibrated", shipped, real, choice));
    }

    private static List<PreparedRecording> recordings(RecordingSet set, Detector detector) {
        return PreparedRecording.all(set.recordings(), detector.window());
    }

    private void report(String name, String what, EvaluationResult result) throws Exception {
        System.out.println("== " + name + " (" + what + ")");
        System.out.print(ResultTable.text(result));
        Files.writeString(out.resolve(name + ".csv"), ResultTable.csv(result));
        summaries.append(what).append('\n').append(ResultTable.summary(result.summary()));
        System.out.flush();
    }
}
