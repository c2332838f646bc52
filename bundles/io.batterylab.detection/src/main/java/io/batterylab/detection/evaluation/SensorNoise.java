package io.batterylab.detection.evaluation;

import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.LabelledWindows;
import io.batterylab.core.detection.SampleWindow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Sensor-like noise added to the temperatures of training windows, normal and runaway alike. The normal thermal
 * recordings are logged every 5 s and interpolated onto the 2 Hz grid, so their windows step by about 0.01 °C
 * from sample to sample, while the runaway windows step by tenths of a degree as they rise: a detector trained on
 * them alone learns that any jitter is a runaway, and then alarms on a healthy cell read through an NTC or
 * thermocouple on an ESP32 ADC (±0.1–0.5 °C from sample to sample). Each window gets its own level, drawn
 * uniformly from 0 to {@code amplitudeCelsius}, and each of its samples independent uniform noise within ±that
 * level, so the detector sees every noise level up to the amplitude on both classes and cannot use noise as a
 * sign. Seeded: the same windows in the same order give the same noisy windows.
 *
 * @param amplitudeCelsius the largest ± noise of a window (0: none)
 * @param seed             of the noise
 */
public record SensorNoise(double amplitudeCelsius, long seed) {
    /**
     * Up to ±1 °C: twice the top of what an NTC or thermocouple on the node's ADC shows (±0.5 °C), so that such a
     * cell is well inside what the detector saw as normal; with up to ±0.5 °C a cell at ±0.5 °C was still called
     * DANGER now and then, and the lead times on the runaway recordings are the same within 1.5 s
     * (docs/benchmarks.md).
     */
    public static final SensorNoise DEFAULT = new SensorNoise(1, 1);
    /** The windows as recorded. */
    public static final SensorNoise NONE = new SensorNoise(0, 1);
    private static final List<String> TEMPERATURES = List.of(Channels.TEMP_INTERNAL, Channels.TEMP_AMBIENT);

    public SensorNoise {
        if (!(amplitudeCelsius >= 0 && amplitudeCelsius <= 5)) {
            throw new IllegalArgumentException("training sensor noise must be 0 to 5 °C, got " + amplitudeCelsius);
        }
    }

    /** The windows with noise added to their temperature channels (the same windows when the amplitude is 0). */
    public LabelledWindows addTo(LabelledWindows data) {
        if (amplitudeCelsius == 0) {
            return data;
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<SampleWindow> noisy = new ArrayList<>(data.size());
        for (SampleWindow window : data.windows()) {
            noisy.add(addTo(window, amplitudeCelsius * random.nextDouble(), random));
        }
        return new LabelledWindows(noisy, data.runaway());
    }

    private static SampleWindow addTo(SampleWindow window, double level, SplittableRandom random) {
        Map<String, double[]> channels = new HashMap<>(window.channels());
        for (String name : TEMPERATURES) {
            double[] values = channels.get(name);
            if (values != null) {
                double[] noisy = values.clone(); // windows share the recording's arrays: never change them
                for (int i = 0; i < noisy.length; i++) {
                    noisy[i] += level * (2 * random.nextDouble() - 1);
                }
                channels.put(name, noisy);
            }
        }
        return new SampleWindow(window.timesSeconds(), channels);
    }
}
