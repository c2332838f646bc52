package io.batterylab.detection.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.Detector;
import io.batterylab.detector.lstm.LstmDetector;
import io.batterylab.detector.transformer.TransformerDetector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code batterylab-detect train / evaluate / cv} with the DJL sequence detectors on hand-made recordings. */
class SequenceDetectorCommandTest {
    private static final List<Detector> INSTALLED = List.of(new LstmDetector(), new TransformerDetector());

    @TempDir
    Path dir;
    private final CommandRunner cli = new CommandRunner(INSTALLED);

    @ParameterizedTest
    @ValueSource(strings = {"lstm", "transformer"})
    void givenHandMadeRecordings_whenTrainedEvaluatedAndCrossValidated_thenRunawaysCaughtAndModelWritten(String id)
            throws IOException {
        Path recordings = DetectCommandTest.handMadeRecordings(dir);
        Path model = dir.resolve(id + "-model");

        assertEquals(DetectCommand.OK, cli.run("train", "--detector", id, "--recordings", recordings.toString(),
                "--out",
                model.toString(), "--negative-stride", "20", "--set", "epochs=10"), cli.output());
        assertTrue(Files.readString(model.resolve("detector.properties")).contains("detector.id=" + id));
        assertTrue(Files.isRegularFile(model.resolve("checkpoint.params")));

        assertEquals(DetectCommand.OK, cli.run("evaluate", "--model", model.toString(), "--recordings",
                recordings.toString(), "--detector", id), cli.output());
        cli.assertOutputHas("model " + model + ": detector " + id);
        cli.assertOutputHas("runaway caught 3/3");

        assertEquals(DetectCommand.OK, cli.run("cv", "--detector", id, "--recordings", recordings.toString(), "--folds",
                "3", "--negative-stride", "20", "--set", "epochs=5"), cli.output());
        cli.assertOutputHas(id + ": 6 recordings (3 runaway)");
    }
}
