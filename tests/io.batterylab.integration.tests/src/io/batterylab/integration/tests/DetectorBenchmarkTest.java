package io.batterylab.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorRegistry;
import io.batterylab.detection.evaluation.CrossValidation;
import io.batterylab.detection.evaluation.EvaluationResult;
import io.batterylab.detection.evaluation.PreparedRecording;
import io.batterylab.detection.evaluation.RandomWindowSplit;
import io.batterylab.detection.evaluation.ResultTable;
import io.batterylab.detection.recording.RecordingSet;
import io.batterylab.detector.forest.ForestDetector;
import io.batterylab.detector.forest.SyntheticForest;
import io.batterylab.test.support.Services;
import io.batterylab.test.support.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Scores the built-in detectors on the real thermal recordings by grouped, stratified 5-fold cross-validation
 * and prints the per-recording tables and summaries (CSV under target/detector-benchmark/); then the default forest
 * trained on synthetic traces only on every real recording; then the original project's leaky random-window split
 * once, for comparison. Figures only; opt-in:
 * {@code ./mvnw verify -Pbenchmark} (docs/benchmarks.md).
 */
@Tag("benchmark")
class DetectorBenchmarkTest {

    @Test
    void printCrossValidatedFiguresOfEveryDetectorOnTheRealRecordings() throws Exception {
        RecordingSet set = RecordingSet.read(SharedData.file("thermal/csv"));
        DetectorRegistry registry = Services.await(DetectorRegistry.class);
        Path out = Path.of(System.getProperty("batterylab.home", "target/batterylab-home")).resolveSibling(
                "detector-benchmark");
        Files.createDirectories(out);
        System.out.println("left out: " + set.problems());
        StringBuilder summaries = new StringBuilder();
        for (String id : List.of("threshold", "rise", "forest")) {
            Detector detector = registry.find(id).orElseThrow();
            List<PreparedRecording> recordings = PreparedRecording.all(set.recordings(), detector.window());
            EvaluationResult result = CrossValidation.DEFAULT.run(detector, detector.defaultSettings(), recordings);
            assertEquals(set.recordings().size(), result.recordings().size());
            System.out.println("== " + id + " (grouped stratified 5-fold CV by recording)");
            System.out.print(ResultTable.text(result));
            Files.writeString(out.resolve(id + ".csv"), ResultTable.csv(result));
            summaries.append(ResultTable.summary(result.summary()));
        }
        Detector forest = registry.find("forest").orElseThrow();
        // the default model the product ships, trained on synthetic traces only, scored on every real recording
        EvaluationResult synthetic = CrossValidation.evaluate("forest-synthetic",
                SyntheticForest.load((ForestDetector) forest), PreparedRecording.all(set.recordings(), forest.window()));
        System.out.println("== forest trained on synthetic traces only, on all the real recordings");
        System.out.print(ResultTable.text(synthetic));
        Files.writeString(out.resolve("forest-synthetic.csv"), ResultTable.csv(synthetic));
        summaries.append(ResultTable.summary(synthetic.summary()));
        String leaky = RandomWindowSplit.DEFAULT.run(forest, forest.defaultSettings(),
                PreparedRecording.all(set.recordings(), forest.window()));
        System.out.println("== summaries\n" + summaries + "forest, random window split (leaky, as the original): "
                + leaky);
    }
}
