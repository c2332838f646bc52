package io.batterylab.detection.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.batterylab.detector.forest.ForestDetector;
import io.batterylab.detector.rise.RiseDetector;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command's help, and its usage errors before any recording is read. */
class DetectCommandUsageTest {
    private final CommandRunner cli = new CommandRunner(List.of(new RiseDetector(), new ForestDetector()));

    @Test
    void givenHelpOrWrongArguments_whenRun_thenUsageAndTheRightExitCode() {
        assertEquals(DetectCommand.OK, cli.run("--help"));
        cli.assertOutputHas("usage: batterylab-detect COMMAND");
        cli.assertOutputHas("  forest     Random forest");
        for (String command : List.of("train", "evaluate", "cv", "synth")) {
            assertEquals(DetectCommand.OK, cli.run(command, "--help"));
            cli.assertOutputHas("usage: batterylab-detect " + command + " ");
            cli.assertOutputHas("rateLimitPerMinute=10.0");
        }
        assertEquals(DetectCommand.USAGE, cli.run());
        assertEquals(DetectCommand.USAGE, cli.run("fit"));
        cli.assertOutputHas("error: unknown command 'fit'");
        assertEquals(DetectCommand.USAGE, cli.run("train", "--detector", "forest", "--recordings", "x"));
        cli.assertOutputHas("error: --out is required");
        assertEquals(DetectCommand.USAGE, cli.run("train", "--detector", "svm", "--recordings", "x", "--out", "y"));
        cli.assertOutputHas("error: no detector 'svm'; installed: forest, rise");
        assertEquals(DetectCommand.USAGE, cli.run("cv", "--detector", "rise", "--recordings", "x", "--set", "span=3"));
        cli.assertOutputHas("error: detector rise: unknown setting 'span'; known: [ceilingCelsius, rateLimitPerMinute, "
                + "spanSeconds]");
        assertEquals(DetectCommand.USAGE, cli.run("cv", "--detector", "rise", "--recordings", "x", "--folds", "one"));
        cli.assertOutputHas("error: --folds must be a whole number >= 2, got 'one'");
        assertEquals(DetectCommand.USAGE, cli.run("train", "--detector", "forest", "--recordings", "x", "--out", "y",
                "--training-noise", "6"));
        cli.assertOutputHas("error: --training-noise must be a number from 0.0 to 5.0, got '6'");
        assertEquals(DetectCommand.OK, cli.run("train", "--help"));
        cli.assertOutputHas("  --training-noise C     add seeded sensor-like noise to every training window");
        assertEquals(DetectCommand.USAGE, cli.run("evaluate", "--model", "m", "--recordings", "x", "--out", "y"));
        cli.assertOutputHas("error: unknown option '--out'");
    }
}
