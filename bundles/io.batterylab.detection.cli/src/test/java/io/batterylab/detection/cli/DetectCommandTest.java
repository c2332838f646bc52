package io.batterylab.detection.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.Detector;
import io.batterylab.detector.forest.ForestDetector;
import io.batterylab.detector.rise.RiseDetector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command in process with the real rise and forest detectors on hand-made recordings. */
class DetectCommandTest {
    private static final List<Detector> INSTALLED = List.of(new RiseDetector(), new ForestDetector());

    @TempDir
    Path dir;
    private Path recordings;
    private final CommandRunner cli = new CommandRunner(INSTALLED);

    /** 1 Hz samples of a function of time over [0, seconds], with a little seeded sensor noise. */
    private static void write(Path file, double seconds, long seed, DoubleUnaryOperator temperature)
            throws IOException {
        Random noise = new Random(seed);
        StringBuilder csv = new StringBuilder("Time,Temperature\n");
        for (int t = 0; t <= seconds; t++) {
            csv.append(String.format(Locale.ROOT, "%d,%.3f%n", t, temperature.applyAsDouble(t)
                    + 0.05 * noise.nextGaussian()));
        }
        Files.writeString(file, csv);
    }

    /** 3 flat normal recordings at different levels, 3 that run away after 600 s, and 4 bad files. */
    @BeforeEach
    void recordings() throws IOException {
        recordings = handMadeRecordings(dir);
    }

    /** The recordings of {@link #recordings()} in a new directory {@code recordings} under {@code dir}. */
    static Path handMadeRecordings(Path dir) throws IOException {
        Path recordings = Files.createDirectory(dir.resolve("recordings"));
        for (int i = 0; i < 3; i++) {
            double level = 20 + 8 * i;
            double growth = 15.0 + 3 * i;
            write(recordings.resolve("normal_" + i + ".csv"), 1800, i, t -> level + 0.3 * Math.sin(t / 300.0));
            write(recordings.resolve("cell_" + i + "_exception.csv"), 900, 10 + i,
                    t -> level + (t < 600 ? 0 : Math.min(400, 0.5 * Math.expm1((t - 600) / growth))));
        }
        Files.writeString(recordings.resolve("empty.csv"), "");
        Files.writeString(recordings.resolve("header_only.csv"), "Time,Temperature\n");
        Files.writeString(recordings.resolve("backwards.csv"), "Time,Temperature\n0,20\n1,20.1\n0.5,20.2\n");
        Files.write(recordings.resolve("latin1.csv"), "Time,Temperature\n0,20\n1,2\u00b00\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        return recordings;
    }

    @Test
    void givenRecordingsWithBadFiles_whenForestTrainedThenEvaluated_thenBadFilesReportedAndRunawaysCaught()
            throws IOException {
        Path model = dir.resolve("forest-model");

        assertEquals(DetectCommand.OK, cli.run("train", "--detector", "forest", "--recordings", recordings.toString(),
                "--out", model.toString(), "--set", "trees=5", "--negative-stride", "20"), cli.output());

        cli.assertOutputHas("left out empty.csv: empty file");
        cli.assertOutputHas("left out header_only.csv: header only, no samples");
        cli.assertOutputHas("left out backwards.csv: row 4: time 0.5 s goes back from 1.0 s");
        cli.assertOutputHas("left out latin1.csv: not UTF-8 text (unreadable encoding)");
        cli.assertOutputHas("6 recording(s) from " + recordings + ": 3 runaway, 3 normal; 4 file(s) left out");
        String manifest = Files.readString(model.resolve("manifest.properties"));
        assertTrue(manifest.contains("trained.count=6") && manifest.contains("trained.0=cell_0_exception.csv"),
                manifest);
        assertTrue(manifest.contains("evaluation.evaluated_on=the training recordings"), manifest);
        assertTrue(manifest.contains("evaluation.training_noise_c=1.0"), "the default training noise: " + manifest);
        assertTrue(Files.readString(model.resolve("detector.properties")).contains("settings.trees=5"));

        Path csv = dir.resolve("csv");
        assertEquals(DetectCommand.OK, cli.run("evaluate", "--model", model.toString(), "--recordings",
                recordings.toString(), "--csv", csv.toString()), cli.output());

        cli.assertOutputHas("left out empty.csv: empty file");
        cli.assertOutputHas("runaway caught 3/3");
        for (String name : List.of("normal_0.csv", "normal_2.csv", "cell_1_exception.csv")) {
            cli.assertOutputHas(name);
        }
        List<String> rows = Files.readAllLines(csv.resolve("recordings.csv"));
        assertEquals(7, rows.size());
        assertTrue(rows.get(0).startsWith("detector,recording,runaway,windows"), rows.get(0));
        List<String> summary = Files.readAllLines(csv.resolve("summary.csv"));
        assertEquals(2, summary.size());
        assertTrue(summary.get(1).startsWith("forest,6,3,"), summary.get(1));
    }

    @Test
    void givenRuleDetector_whenTrainedWithASetting_thenModelHoldsItAndEvaluatesWithIt() throws IOException {
        Path model = dir.resolve("rise-model");

        assertEquals(DetectCommand.OK, cli.run("train", "--detector", "rise", "--recordings", recordings.toString(),
                "--out", model.toString(), "--set", "ceilingCelsius=35"), cli.output());
        assertTrue(Files.readString(model.resolve("detector.properties")).contains("settings.ceilingCelsius=35.0"));

        assertEquals(DetectCommand.OK, cli.run("evaluate", "--model", model.toString(), "--recordings",
                recordings.toString()), cli.output());
        // normal_2 sits at 36 °C, above the 35 °C ceiling: it alarms from its first window
        cli.assertOutputHas("ceilingCelsius=35.0");
        cli.assertOutputHas("runaway caught 3/3");
        assertTrue(cli.output().lines().anyMatch(l -> l.startsWith("normal_2.csv") && l.trim().endsWith(" 1")),
                cli.output());
    }

    @Test
    void givenAlarmConfirmationLongerThanAnyRise_whenEvaluated_thenNoRunawayCaught() {
        Path model = dir.resolve("rise-model");
        cli.run("train", "--detector", "rise", "--recordings", recordings.toString(), "--out", model.toString());

        assertEquals(DetectCommand.OK, cli.run("evaluate", "--model", model.toString(), "--recordings",
                recordings.toString(), "--confirm", "1000"), cli.output());

        cli.assertOutputHas("runaway caught 0/3");
    }

    @Test
    void givenCorruptForestFile_whenEvaluated_thenRefusedNamingTheFile() throws IOException {
        Path model = dir.resolve("forest-model");
        cli.run("train", "--detector", "forest", "--recordings", recordings.toString(), "--out", model.toString(),
                "--set", "trees=3", "--negative-stride", "50");
        Path forest = model.resolve("forest.tribuo");
        byte[] bytes = Files.readAllBytes(forest);
        Files.write(forest, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertEquals(DetectCommand.FAILED, cli.run("evaluate", "--model", model.toString(), "--recordings",
                recordings.toString()));

        cli.assertOutputHas("error: model refused: forest file " + forest + " is corrupt");
        assertFalse(cli.output().contains("runaway caught"), cli.output());
    }

    @Test
    void givenModelOfAnotherOrAMissingDetector_whenEvaluated_thenRefusedNamingIt() throws IOException {
        Path model = dir.resolve("rise-model");
        cli.run("train", "--detector", "rise", "--recordings", recordings.toString(), "--out", model.toString());

        assertEquals(DetectCommand.FAILED, cli.run("evaluate", "--model", model.toString(), "--recordings",
                recordings.toString(), "--detector", "forest"));
        cli.assertOutputHas("was made by detector 'rise', not 'forest'");

        Path properties = model.resolve("detector.properties");
        Files.writeString(properties, Files.readString(properties).replace("detector.id=rise", "detector.id=lstm"));
        assertEquals(DetectCommand.FAILED, cli.run("evaluate", "--model", model.toString(), "--recordings",
                recordings.toString()));
        cli.assertOutputHas("error: model refused: detector 'lstm' is not installed: the model in " + model
                + " was made with it; install its plugin again to use this model");
        assertFalse(cli.output().contains("Exception"), cli.output());

        assertEquals(DetectCommand.FAILED, cli.run("evaluate", "--model", dir.resolve("nothing").toString(),
                "--recordings", recordings.toString()));
        cli.assertOutputHas("not a detector model: " + dir.resolve("nothing").resolve("detector.properties"));
    }

    @Test
    void givenRecordings_whenCrossValidated_thenEveryRecordingScoredOnce() {
        assertEquals(DetectCommand.OK, cli.run("cv", "--detector", "rise", "--recordings", recordings.toString(),
                "--folds", "3"), cli.output());

        cli.assertOutputHas("rise, 3-fold cross-validation by recording, seed 1, alarm after 1 window(s) in a row");
        cli.assertOutputHas("rise: 6 recordings (3 runaway)");
        assertEquals(6, cli.output().lines().filter(l -> l.matches("(normal_\\d|cell_\\d_exception)\\.csv .*")).count(),
                cli.output());

        assertEquals(DetectCommand.FAILED, cli.run("cv", "--detector", "rise", "--recordings", recordings.toString(),
                "--folds", "4"));
        cli.assertOutputHas("4 folds need 2 .. min(runaway, normal) recordings; there are 3 runaway and 3 normal");
    }

    @Test
    void givenLearnedDetector_whenCrossValidatedWithCalibration_thenEachFoldsChoiceIsPrintedAndRulesAreRefused() {
        assertEquals(DetectCommand.OK, cli.run("cv", "--detector", "forest", "--recordings", recordings.toString(),
                "--folds", "3", "--calibrate", "2", "--negative-stride", "20", "--set", "trees=5"), cli.output());

        cli.assertOutputHas("forest, 3-fold cross-validation by recording, seed 1, alarm threshold and N chosen by"
                + " inner "
                + "2-fold cross-validation in each fold:");
        for (int fold = 1; fold <= 3; fold++) {
            cli.assertOutputHas("  fold " + fold + ": alarm at risk ");
        }
        cli.assertOutputHas("forest: 6 recordings (3 runaway)");

        assertEquals(DetectCommand.USAGE, cli.run("cv", "--detector", "rise", "--recordings", recordings.toString(),
                "--calibrate", "2"));
        cli.assertOutputHas("error: --calibrate is for detectors that learn; rise is a rule whose settings are its"
                + " alarm");
        assertEquals(DetectCommand.USAGE, cli.run("cv", "--detector", "forest", "--recordings", recordings.toString(),
                "--calibrate", "2", "--confirm", "3"));
        cli.assertOutputHas("error: --calibrate chooses N itself; leave out --confirm");
    }

    @Test
    void givenForestTrainedWithCalibration_whenEvaluated_thenItsChosenThresholdAndNAreUsed() throws IOException {
        Path model = dir.resolve("calibrated-forest");

        assertEquals(DetectCommand.OK, cli.run("train", "--detector", "forest", "--recordings", recordings.toString(),
                "--out", model.toString(), "--calibrate", "2", "--negative-stride", "20", "--set", "trees=5"),
                        cli.output());

        cli.assertOutputHas("calibrated by inner 2-fold cross-validation: alarm at risk ");
        String manifest = Files.readString(model.resolve("manifest.properties"));
        String confirm = manifest.lines().filter(l -> l.startsWith("evaluation.confirm_windows=")).findFirst()
                .orElseThrow(() -> new AssertionError(manifest)).substring("evaluation.confirm_windows=".length());
        String chosen = cli.output().replaceAll("(?s).*alarm at risk (\\d\\.\\d+) after.*", "$1");
        assertTrue(Files.readString(model.resolve("detector.properties"))
                .contains("settings.alarmAt=" + Double.parseDouble(chosen)), chosen);

        assertEquals(DetectCommand.OK, cli.run("evaluate", "--model", model.toString(), "--recordings",
                recordings.toString()), cli.output());
        cli.assertOutputHas("alarm after " + confirm + " window(s) in a row");
        assertEquals(DetectCommand.USAGE, cli.run("train", "--detector", "rise", "--recordings", recordings.toString(),
                "--out", dir.resolve("rise-calibrated").toString(), "--calibrate", "2"));
        cli.assertOutputHas("error: --calibrate is for detectors that learn; rise is a rule whose settings are its"
                + " alarm");
    }

    @Test
    void givenExistingModelOrNoUsableRecordings_whenTrained_thenRefusedAndNothingOverwritten() throws IOException {
        Path out = Files.createDirectory(dir.resolve("taken"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        assertEquals(DetectCommand.FAILED, cli.run("train", "--detector", "rise", "--recordings", recordings.toString(),
                "--out", out.toString()));
        cli.assertOutputHas("--out " + out + " is not empty");
        assertEquals("mine", Files.readString(out.resolve("keep.txt")));

        Path bad = Files.createDirectory(dir.resolve("bad"));
        Files.writeString(bad.resolve("one.csv"), "Time,Temperature\n0,20\n");
        assertEquals(DetectCommand.FAILED, cli.run("train", "--detector", "rise", "--recordings", bad.toString(),
                "--out",
                dir.resolve("m").toString()));
        cli.assertOutputHas("left out one.csv: a single sample; at least two are needed");
        cli.assertOutputHas("error: no usable recording");
        assertFalse(Files.exists(dir.resolve("m")));
    }

    @Test
    void givenSynthCommand_whenRunTwiceWithOneSeed_thenTheSameUsableSyntheticRecordings() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");

        assertEquals(DetectCommand.OK, cli.run("synth", "--out", a.toString(), "--normal", "3", "--runaway", "2",
                "--seed", "5"), cli.output());
        cli.assertOutputHas("5 synthetic recording(s) (3 normal, 2 runaway, seed 5) written to " + a);
        cli.run("synth", "--out", b.toString(), "--normal", "3", "--runaway", "2", "--seed", "5");

        for (String name : List.of("synthetic_normal_002.csv", "synthetic_runaway_001_exception.csv")) {
            assertEquals(Files.readString(a.resolve(name)), Files.readString(b.resolve(name)));
        }
        assertEquals(DetectCommand.OK, cli.run("cv", "--detector", "rise", "--recordings", a.toString(), "--folds",
                "2"),
                cli.output());
        cli.assertOutputHas("5 recording(s) from " + a + ": 2 runaway, 3 normal; 0 file(s) left out");
        assertEquals(DetectCommand.FAILED, cli.run("synth", "--out", a.toString()));
        cli.assertOutputHas("--out " + a + " is not empty");
    }
}
