package io.batterylab.detection.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.Detector;
import io.batterylab.detector.lstm.LstmDetector;
import io.batterylab.detector.transformer.TransformerDetector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
    private String output;

    private int run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = new DetectCommand(INSTALLED, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(List.of(args));
        output = bytes.toString(StandardCharsets.UTF_8);
        return code;
    }

    private void assertOutputHas(String text) {
        assertTrue(output.contains(text), () -> "expected '" + text + "' in:\n" + output);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lstm", "transformer"})
    void givenHandMadeRecordings_whenTrainedEvaluatedAndCrossValidated_thenRunawaysCaughtAndModelWritten(String id)
            throws IOException {
        Path recordings = DetectCommandTest.handMadeRecordings(dir);
        Path model = dir.resolve(id + "-model");

        assertEquals(DetectCommand.OK, run("train", "--detector", id, "--recordings", recordings.toString(), "--out",
                model.toString(), "--negative-stride", "20", "--set", "epochs=10"), output);
        assertTrue(Files.readString(model.resolve("detector.properties")).contains("detector.id=" + id));
        assertTrue(Files.isRegularFile(model.resolve("checkpoint.params")));

        assertEquals(DetectCommand.OK, run("evaluate", "--model", model.toString(), "--recordings",
                recordings.toString(), "--detector", id), output);
        assertOutputHas("model " + model + ": detector " + id);
        assertOutputHas("runaway caught 3/3");

        assertEquals(DetectCommand.OK, run("cv", "--detector", id, "--recordings", recordings.toString(), "--folds",
                "3", "--negative-stride", "20", "--set", "epochs=5"), output);
        assertOutputHas(id + ": 6 recordings (3 runaway)");
    }
}
