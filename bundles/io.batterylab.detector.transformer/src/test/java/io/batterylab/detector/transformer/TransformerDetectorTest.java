package io.batterylab.detector.transformer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.LabelledWindows;
import io.batterylab.core.detection.SampleWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The network on hand-made traces after training on synthetic ones; what every sequence detector shares (files,
 * batches, refusals) is tested once, in {@code io.batterylab.ml}'s {@code SequenceDetectorTest}.
 */
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
}
