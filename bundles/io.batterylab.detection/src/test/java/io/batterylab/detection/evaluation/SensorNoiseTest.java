package io.batterylab.detection.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.LabelledWindows;
import io.batterylab.core.detection.SampleWindow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SensorNoiseTest {
    private static final double[] FLAT = new double[60];

    static {
        Arrays.fill(FLAT, 31);
    }

    private static LabelledWindows flats(int count) {
        List<SampleWindow> windows = new ArrayList<>();
        List<Boolean> runaway = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            windows.add(new SampleWindow(new double[60], Map.of(Channels.TEMP_INTERNAL, FLAT,
                    Channels.HUMIDITY, FLAT)));
            runaway.add(i % 2 == 0);
        }
        return new LabelledWindows(windows, runaway);
    }

    @Test
    void givenFlatWindows_whenNoiseAdded_thenEveryLevelUpToTheAmplitudeOnTemperaturesOnlyAndTheRecordingUntouched() {
        LabelledWindows data = flats(400);

        LabelledWindows noisy = new SensorNoise(0.5, 3).addTo(data);

        assertEquals(data.runaway(), noisy.runaway());
        double largest = 0;
        int quiet = 0;
        for (SampleWindow window : noisy.windows()) {
            double deviation = Arrays.stream(window.channel(Channels.TEMP_INTERNAL)).map(v -> Math.abs(v - 31))
                    .max().orElseThrow();
            largest = Math.max(largest, deviation);
            quiet += deviation < 0.1 ? 1 : 0;
            assertArrayEquals(FLAT, window.channel(Channels.HUMIDITY), "only temperatures get noise");
        }
        assertTrue(largest <= 0.5 && largest > 0.45, "largest deviation " + largest);
        assertTrue(quiet > 20 && quiet < 120, "windows within ±0.1 °C: " + quiet + " of 400 (levels from 0)");
        assertTrue(Arrays.stream(FLAT).allMatch(v -> v == 31), "the recorded values are not changed");
    }

    @Test
    void givenASeed_whenNoiseAddedTwice_thenTheSameWindowsAndAnotherSeedOthers() {
        LabelledWindows data = flats(10);

        LabelledWindows a = new SensorNoise(0.3, 7).addTo(data);
        LabelledWindows b = new SensorNoise(0.3, 7).addTo(data);
        LabelledWindows c = new SensorNoise(0.3, 8).addTo(data);

        assertEquals(a.windows(), b.windows());
        assertNotEquals(a.windows(), c.windows());
    }

    @Test
    void givenNoAmplitude_whenAdded_thenTheSameWindowsAndAWrongAmplitudeIsRefusedByName() {
        LabelledWindows data = flats(4);

        assertSame(data, SensorNoise.NONE.addTo(data));
        var e = assertThrows(IllegalArgumentException.class, () -> new SensorNoise(-0.1, 1));
        assertTrue(e.getMessage().contains("training sensor noise"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SensorNoise(Double.NaN, 1));
    }
}
