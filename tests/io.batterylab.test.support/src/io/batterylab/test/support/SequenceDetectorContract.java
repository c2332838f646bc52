package io.batterylab.test.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.LabelledWindows;
import io.batterylab.core.detection.SampleWindow;
import io.batterylab.detection.evaluation.SensorNoise;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a sequence detector (LSTM, Transformer, a third party's network) promises on hand-made traces after training on
 * synthetic ones: flat lines at any level are normal, a steep ramp is a runaway, the risk follows the shape and not the
 * level, a saved model gives the same risks to the last bit in a fresh JVM, and, trained on the shared thermal
 * recordings, it does not call a healthy cell's sensor noise a runaway (issue 13). A detector's plain tests subclass this
 * with small settings; what every sequence detector shares (files, batches, refusals) is tested once, in
 * {@code io.batterylab.ml}'s {@code SequenceDetectorTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SequenceDetectorContract {
    private DetectorModel trained;

    protected abstract Detector detector();

    /** Settings that train in seconds. */
    protected abstract Record smallSettings();

    /** Settings that train on all the shared thermal recordings within a minute or so. */
    protected abstract Record recordingSettings();

    /** 60 samples at 0.5 s: level + slope (°C/s) · t + Gaussian noise. */
    public static SampleWindow ramp(double level, double perSecond, double noise, Random random) {
        return SampleWindow.regular(Channels.TEMP_INTERNAL, 0.5, IntStream.range(0, 60)
                .mapToDouble(i -> level + perSecond * 0.5 * i + noise * random.nextGaussian()).toArray());
    }

    /** Flat noisy windows at many levels (normal) and steep ramps (runaway), synthetic. */
    public static LabelledWindows rampsAndFlats() {
        Random random = new Random(1);
        List<SampleWindow> windows = new ArrayList<>();
        List<Boolean> runaway = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            windows.add(ramp(-10 + random.nextDouble() * 60, random.nextDouble() * 0.02, 0.05, random));
            runaway.add(false);
            windows.add(ramp(20 + random.nextDouble() * 40, 0.5 + random.nextDouble() * 2, 0.05, random));
            runaway.add(true);
        }
        return new LabelledWindows(windows, runaway);
    }

    /** The risks of a model on 30 fixed windows, one per line, every digit a double has. */
    static String risks(DetectorModel model) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            double risk = model.assess(ramp(10 + i, 0.05 * i, 0.03, new Random(i))).risk();
            out.append(String.format(Locale.ROOT, "%.17g%n", risk));
        }
        return out.toString();
    }

    private DetectorModel trained() {
        if (trained == null) {
            trained = detector().train(rampsAndFlats(), smallSettings());
        }
        return trained;
    }

    @Test
    void givenFlatsAndRamps_whenTrained_thenFlatLinesAtAnyLevelAreLowRiskAndASteepRampHighRisk() {
        for (double level : new double[] {-5, 25, 31, 60}) {
            var flat = trained().assess(ramp(level, 0, 0, new Random(0)));
            assertFalse(flat.alarm(), "flat line at " + level + " °C: " + flat);
            assertTrue(flat.risk() < 0.2, "flat line at " + level + " °C: " + flat);
        }
        var steep = trained().assess(ramp(40, 1.2, 0, new Random(0)));
        assertTrue(steep.alarm() && steep.risk() > 0.8, "ramp of 72 °C/min: " + steep);
    }

    @Test
    void givenAStepOfTenDegrees_whenAssessed_thenTheRiskDependsOnTheShapeNotTheLevel() {
        double[] step = IntStream.range(0, 60).mapToDouble(i -> i < 30 ? 25 : 35).toArray();
        double[] shifted = IntStream.range(0, 60).mapToDouble(i -> step[i] + 40).toArray();

        double a = trained().assess(SampleWindow.regular(Channels.TEMP_INTERNAL, 0.5, step)).risk();
        double b = trained().assess(SampleWindow.regular(Channels.TEMP_INTERNAL, 0.5, shifted)).risk();

        assertEquals(a, b, 1e-6);
    }

    @Test
    void givenTheRealRecordingsWithTrainingNoise_whenAHealthyCellIsReadWithinThreeTenthsOfADegree_thenNoWindowIsDanger()
            throws Exception {
        DetectorModel model = NoisyHealthyCell.trainedOnRecordings(detector(), recordingSettings(),
                SensorNoise.DEFAULT);

        assertEquals(0, NoisyHealthyCell.dangerShare(model, NoisyHealthyCell.windows(0.3, 400, 7)),
                "share of DANGER windows");
    }

    @Test
    void givenSavedModel_whenLoadedInAFreshJvm_thenSameRisksToTheLastBit(@TempDir Path dir) throws Exception {
        trained().save(dir);
        String expected = risks(trained());

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(LoadAndAssess.class.getName(), detector().getClass().getName(), dir.toString()));
        Process java = new ProcessBuilder(command).start();
        String printed = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(java.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(java.waitFor(120, TimeUnit.SECONDS));

        assertEquals(0, java.exitValue(), errors);
        assertEquals(expected, printed);
        assertTrue(expected.lines().anyMatch(l -> Double.parseDouble(l) > 0.5)
                && expected.lines().anyMatch(l -> Double.parseDouble(l) < 0.5), "both classes seen: " + expected);
    }
}
