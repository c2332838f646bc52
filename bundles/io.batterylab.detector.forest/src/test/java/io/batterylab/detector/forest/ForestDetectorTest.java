package io.batterylab.detector.forest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForestDetectorTest {
    static final ForestSettings SMALL = new ForestSettings(20, 8, 0.5, 0.5, 7);
    private final ForestDetector detector = new ForestDetector();

    /** 60 samples at 0.5 s: level + slope (°C/s) * t + noise. */
    static SampleWindow ramp(double level, double perSecond, double noise, Random random) {
        return SampleWindow.regular(Channels.TEMP_INTERNAL, 0.5, IntStream.range(0, 60)
                .mapToDouble(i -> level + perSecond * 0.5 * i + noise * random.nextGaussian()).toArray());
    }

    /** Flat noisy windows at many levels (normal) and steep ramps (runaway). */
    static LabelledWindows rampsAndFlats() {
        Random random = new Random(1);
        List<SampleWindow> windows = new ArrayList<>();
        List<Boolean> runaway = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            windows.add(ramp(-10 + random.nextDouble() * 60, random.nextDouble() * 0.02, 0.05, random));
            runaway.add(false);
            windows.add(ramp(20 + random.nextDouble() * 40, 0.5 + random.nextDouble() * 2, 0.05, random));
            runaway.add(true);
        }
        return new LabelledWindows(windows, runaway);
    }

    @Test
    void givenWindowShiftedByAConstant_whenFeaturesTaken_thenUnchanged() {
        SampleWindow a = ramp(25, 0.3, 0.1, new Random(3));
        double[] shifted = a.channel(Channels.TEMP_INTERNAL).clone();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] -= 25;
        }

        assertArrayEquals(WindowFeatures.of(a), WindowFeatures.of(SampleWindow.regular(Channels.TEMP_INTERNAL, 0.5,
                shifted)), 1e-9);
    }

    @Test
    void givenRampOfKnownSlope_whenFeaturesTaken_thenSlopesAndDifferencesMatch() {
        double[] f = WindowFeatures.of(ramp(10, 0.25, 0, new Random(0)));

        assertEquals(29.5 * 0.25, f[0], 1e-9, "rise over the window");
        assertEquals(15, f[2], 1e-9, "slope °C/min");
        assertEquals(15, f[3], 1e-9);
        assertEquals(0, f[5], 1e-9, "no curvature");
        assertEquals(0.125, f[6], 1e-9, "last 0.5 s");
        assertEquals(1.25, f[8], 1e-9, "last 5 s");
    }

    @Test
    void givenFlatsAndRamps_whenTrained_thenFlatLineAndStepLevelsAreNormalAndASteepRampIsAlarmed() {
        DetectorModel model = detector.train(rampsAndFlats(), SMALL);

        assertFalse(model.assess(ramp(31, 0, 0, new Random(0))).alarm(), "flat line");
        assertFalse(model.assess(ramp(-5, 0, 0, new Random(0))).alarm(), "flat line of deltas");
        assertTrue(model.assess(ramp(40, 1.2, 0, new Random(0))).alarm(), "ramp of 72 °C/min");
        assertTrue(model.assess(ramp(40, 1.2, 0, new Random(0))).risk() > 0.9);
    }

    @Test
    void givenOnlyNormalWindows_whenTrained_thenRefusedWithReason() {
        LabelledWindows data = new LabelledWindows(List.of(ramp(1, 0, 0, new Random(0))), List.of(false));

        var e = assertThrows(IllegalArgumentException.class, () -> detector.train(data, SMALL));
        assertTrue(e.getMessage().contains("needs runaway and normal windows"), e.getMessage());
    }

    @Test
    void givenSavedForest_whenLoaded_thenSameRisks(@TempDir Path dir) throws IOException {
        DetectorModel model = detector.train(rampsAndFlats(), SMALL);
        model.save(dir);

        DetectorModel loaded = detector.load(dir);

        Random random = new Random(9);
        for (int i = 0; i < 50; i++) {
            SampleWindow w = ramp(random.nextDouble() * 50, random.nextDouble() * 1.5, 0.1, random);
            assertEquals(model.assess(w), loaded.assess(w));
        }
        assertEquals(SMALL, loaded.settings());
    }

    @Test
    void givenDamagedForestFile_whenLoaded_thenRefusedAsCorrupt(@TempDir Path dir) throws IOException {
        detector.train(rampsAndFlats(), SMALL).save(dir);
        Path file = dir.resolve(ForestModel.FOREST_FILE);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 3));

        IOException e = assertThrows(IOException.class, () -> detector.load(dir));
        assertTrue(e.getMessage().contains("is corrupt") || e.getMessage().contains("not a runaway forest"),
                e.getMessage());
    }
}
