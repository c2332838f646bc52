package io.batterylab.ml.detection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.LabelledWindows;
import io.batterylab.core.detection.SampleWindow;
import io.batterylab.core.settings.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every sequence detector shares, on the smallest network: a linear unit on the window's last row. */
class SequenceDetectorTest {
    record Tiny(@Setting(label = "Epochs", min = 1, max = 100) int epochs,
            @Setting(label = "Learning rate", min = 1e-5, max = 1) double learningRate,
            @Setting(label = "Alarm at", min = 0.01, max = 1) double alarmAt,
            @Setting(label = "Seed", min = 0, max = 1000) long seed) implements SequenceSettings {
    }

    static final class LastRowDetector extends SequenceDetector<Tiny> {
        LastRowDetector() {
            super("last-row", "Linear unit on the last row", "1.0.0", Tiny.class, new Tiny(30, 0.05, 0.5, 3));
        }

        @Override
        protected Block network(Tiny settings) {
            return new PooledSequenceBlock(Linear.builder().setUnits(4).build(), PooledSequenceBlock.Pooling.LAST);
        }
    }

    private static final LastRowDetector DETECTOR = new LastRowDetector();
    private static DetectorModel trained;

    static SampleWindow ramp(double level, double perSecond, double noise, Random random) {
        return SampleWindow.regular(Channels.TEMP_INTERNAL, 0.5, IntStream.range(0, 60)
                .mapToDouble(i -> level + perSecond * 0.5 * i + noise * random.nextGaussian()).toArray());
    }

    static LabelledWindows flatsAndRamps() {
        Random random = new Random(1);
        List<SampleWindow> windows = new ArrayList<>();
        List<Boolean> runaway = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            windows.add(ramp(-10 + random.nextDouble() * 60, random.nextDouble() * 0.02, 0.05, random));
            runaway.add(false);
            windows.add(ramp(20 + random.nextDouble() * 40, 0.5 + random.nextDouble() * 2, 0.05, random));
            runaway.add(true);
        }
        return new LabelledWindows(windows, runaway);
    }

    @BeforeAll
    static void train() {
        trained = DETECTOR.train(flatsAndRamps(), DETECTOR.defaultSettings());
    }

    @Test
    void givenWindowShiftedByAConstant_whenTurnedIntoASequence_thenSameRows() {
        SampleWindow a = ramp(25, 0.3, 0.1, new Random(3));
        double[] shifted = Arrays.stream(a.channel(Channels.TEMP_INTERNAL)).map(v -> v - 40).toArray();

        assertArrayEquals(WindowSequence.of(List.of(a), 60),
                WindowSequence.of(List.of(SampleWindow.regular(Channels.TEMP_INTERNAL, 0.5, shifted)), 60));
    }

    @Test
    void givenRampOfKnownSlope_whenTurnedIntoASequence_thenRiseStepAndPositionAsDocumented() {
        float[] rows = WindowSequence.of(List.of(ramp(10, 0.25, 0, new Random(0))), 60);

        int last = 59 * WindowSequence.FEATURES;
        assertEquals(Math.log1p(59 * 0.125), rows[last], 1e-6, "rise since the first sample");
        assertEquals(Math.log1p(10 * 0.125), rows[last + 1], 1e-6, "step ×10");
        assertEquals(1, rows[last + 2], 1e-6, "position");
        assertEquals(0, rows[1], 1e-6, "no step before the first sample");
    }

    @Test
    void givenFlatsAndRamps_whenTrained_thenFlatIsNormalAndRampAlarms() {
        assertFalse(trained.assess(ramp(31, 0, 0, new Random(0))).alarm());
        assertTrue(trained.assess(ramp(40, 1.2, 0, new Random(0))).alarm());
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
        DetectorModel again = DETECTOR.train(flatsAndRamps(), DETECTOR.defaultSettings());

        SampleWindow w = ramp(30, 0.3, 0.05, new Random(5));
        assertEquals(trained.assess(w), again.assess(w));
    }

    @Test
    void givenOnlyNormalWindows_whenTrained_thenRefusedWithReason() {
        LabelledWindows data = new LabelledWindows(List.of(ramp(1, 0, 0, new Random(0))), List.of(false));

        var e = assertThrows(IllegalArgumentException.class, () -> DETECTOR.train(data, DETECTOR.defaultSettings()));
        assertEquals("detector last-row needs runaway and normal windows; got 0 runaway of 1", e.getMessage());
    }

    @Test
    void givenWindowWithoutTheInternalTemperatureOrOfAnotherLength_whenAssessed_thenRefusedSayingWhy() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> trained.assess(SampleWindow.regular("surface", 0.5, new double[60])));
        assertTrue(e.getMessage().contains(Channels.TEMP_INTERNAL), e.getMessage());
        var shortWindow = assertThrows(IllegalArgumentException.class,
                () -> trained.assess(SampleWindow.regular(Channels.TEMP_INTERNAL, 0.5, new double[30])));
        assertEquals("a sequence detector needs windows of 60 samples, got 30", shortWindow.getMessage());
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
        assertEquals(DETECTOR.defaultSettings(), loaded.settings());
    }

    @Test
    void givenDamagedOrMissingParameterFile_whenLoaded_thenRefusedNamingIt(@TempDir Path dir) throws IOException {
        trained.save(dir);
        Path file = dir.resolve("checkpoint.params");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 3));

        IOException corrupt = assertThrows(IOException.class, () -> DETECTOR.load(dir));
        assertTrue(corrupt.getMessage().startsWith("last-row parameter file " + file + " is corrupt: "),
                corrupt.getMessage());
        Files.delete(file);
        IOException missing = assertThrows(IOException.class, () -> DETECTOR.load(dir));
        assertEquals("last-row model " + dir + " has no checkpoint.params", missing.getMessage());
    }

    @Test
    void givenModelOfAnotherDetector_whenLoaded_thenRefusedNamingIt(@TempDir Path dir) throws IOException {
        trained.save(dir);
        Path manifest = dir.resolve("detector.properties");
        Files.writeString(manifest, Files.readString(manifest).replace("detector.id=last-row", "detector.id=forest"));

        IOException e = assertThrows(IOException.class, () -> DETECTOR.load(dir));
        assertTrue(e.getMessage().contains("'forest'"), e.getMessage());
    }
}
