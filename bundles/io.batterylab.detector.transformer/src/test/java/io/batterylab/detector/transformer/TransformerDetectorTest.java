package io.batterylab.detector.transformer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.LabelledWindows;
import io.batterylab.core.detection.SampleWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransformerDetectorTest {
    static final TransformerSettings SMALL = new TransformerSettings(8, 16, 15, 0.01, 0.5, 7);
    private static final TransformerDetector DETECTOR = new TransformerDetector();
    private static DetectorModel trained;

    /** 60 samples at 0.5 s: level + slope (°C/s) · t + Gaussian noise. */
    static SampleWindow ramp(double level, double perSecond, double noise, Random random) {
        return SampleWindow.regular(Channels.TEMP_INTERNAL, 0.5, IntStream.range(0, 60)
                .mapToDouble(i -> level + perSecond * 0.5 * i + noise * random.nextGaussian()).toArray());
    }

    /** Flat noisy windows at many levels (normal) and steep ramps (runaway), synthetic. */
    static LabelledWindows rampsAndFlats() {
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

    @BeforeAll
    static void train() {
        trained = DETECTOR.train(rampsAndFlats(), SMALL);
    }

    @Test
    void givenFlatsAndRamps_whenTrained_thenFlatLinesAtAnyLevelAreLowRiskAndASteepRampHighRisk() {
        for (double level : new double[] {-5, 25, 31, 60}) {
            var flat = trained.assess(ramp(level, 0, 0, new Random(0)));
            assertFalse(flat.alarm(), "flat line at " + level + " °C: " + flat);
            assertTrue(flat.risk() < 0.2, "flat line at " + level + " °C: " + flat);
        }
        var steep = trained.assess(ramp(40, 1.2, 0, new Random(0)));
        assertTrue(steep.alarm() && steep.risk() > 0.8, "ramp of 72 °C/min: " + steep);
    }

    @Test
    void givenAStepOfTenDegrees_whenAssessed_thenTheRiskDependsOnTheShapeNotTheLevel() {
        double[] step = IntStream.range(0, 60).mapToDouble(i -> i < 30 ? 25 : 35).toArray();
        double[] shifted = IntStream.range(0, 60).mapToDouble(i -> step[i] + 40).toArray();

        double a = trained.assess(SampleWindow.regular(Channels.TEMP_INTERNAL, 0.5, step)).risk();
        double b = trained.assess(SampleWindow.regular(Channels.TEMP_INTERNAL, 0.5, shifted)).risk();

        assertEquals(a, b, 1e-6);
    }

    @Test
    void givenManyWindows_whenAssessedInOneBatch_thenSameAsOneByOne() {
        Random random = new Random(4);
        List<SampleWindow> windows = IntStream.range(0, 40)
                .mapToObj(i -> ramp(random.nextDouble() * 50, random.nextDouble(), 0.1, random)).toList();

        var batch = trained.assessAll(windows);

        for (int i = 0; i < windows.size(); i++) {
            assertEquals(trained.assess(windows.get(i)).risk(), batch.get(i).risk(), 1e-6);
        }
    }

    @Test
    void givenSameSeed_whenTrainedTwice_thenSameRisks() {
        DetectorModel again = DETECTOR.train(rampsAndFlats(), SMALL);

        SampleWindow w = ramp(30, 0.3, 0.05, new Random(5));
        assertEquals(trained.assess(w), again.assess(w));
    }

    @Test
    void givenOnlyNormalWindows_whenTrained_thenRefusedWithReason() {
        LabelledWindows data = new LabelledWindows(List.of(ramp(1, 0, 0, new Random(0))), List.of(false));

        var e = assertThrows(IllegalArgumentException.class, () -> DETECTOR.train(data, SMALL));
        assertTrue(e.getMessage().contains("needs runaway and normal windows"), e.getMessage());
    }

    @Test
    void givenWindowWithoutTheInternalTemperature_whenAssessed_thenRefusedNamingTheChannel() {
        SampleWindow other = SampleWindow.regular("surface", 0.5, new double[60]);

        var e = assertThrows(IllegalArgumentException.class, () -> trained.assess(other));
        assertTrue(e.getMessage().contains(Channels.TEMP_INTERNAL), e.getMessage());
    }

    @Test
    void givenSavedModel_whenLoaded_thenSameRisksAndSettings(@TempDir Path dir) throws IOException {
        trained.save(dir);

        DetectorModel loaded = DETECTOR.load(dir);

        Random random = new Random(9);
        for (int i = 0; i < 20; i++) {
            SampleWindow w = ramp(random.nextDouble() * 50, random.nextDouble() * 1.5, 0.1, random);
            assertEquals(trained.assess(w), loaded.assess(w));
        }
        assertEquals(SMALL, loaded.settings());
    }

    @Test
    void givenDamagedParameterFile_whenLoaded_thenRefusedAsCorrupt(@TempDir Path dir) throws IOException {
        trained.save(dir);
        Path file = dir.resolve("checkpoint.params");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 3));

        IOException e = assertThrows(IOException.class, () -> DETECTOR.load(dir));
        assertTrue(e.getMessage().contains("corrupt") || e.getMessage().contains("does not fit"), e.getMessage());
    }

    @Test
    void givenModelOfAnotherDetector_whenLoaded_thenRefusedNamingIt(@TempDir Path dir) throws IOException {
        trained.save(dir);
        Path manifest = dir.resolve("detector.properties");
        Files.writeString(manifest, Files.readString(manifest).replace("detector.id=transformer", "detector.id=forest"));

        IOException e = assertThrows(IOException.class, () -> DETECTOR.load(dir));
        assertTrue(e.getMessage().contains("'forest'"), e.getMessage());
    }

    @Test
    void givenSettingsOverride_whenOutOfBounds_thenRefused() {
        assertThrows(IllegalArgumentException.class, () -> io.batterylab.core.detection.DetectorModelFile
                .withOverrides(SMALL, Map.of("width", "0")));
    }
}
