package io.batterylab.detection.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.Detector;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs {@link DetectCommand} in process with these detectors installed and keeps what its last run printed. */
final class CommandRunner {
    private final List<Detector> installed;
    private String output = "";

    CommandRunner(List<Detector> installed) {
        this.installed = installed;
    }

    /** @return the exit code */
    int run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream printed = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int code = new DetectCommand(installed, printed).run(List.of(args));
        output = bytes.toString(StandardCharsets.UTF_8);
        return code;
    }

    /** What the last run printed. */
    String output() {
        return output;
    }

    void assertOutputHas(String text) {
        assertTrue(output.contains(text), () -> "expected '" + text + "' in:\n" + output);
    }
}
