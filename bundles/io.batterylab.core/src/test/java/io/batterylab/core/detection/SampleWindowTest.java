package io.batterylab.core.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SampleWindowTest {
    private static SampleWindow ramp(double perSecond, double kinkAtSeconds, double afterPerSecond) {
        double[] t = new double[60];
        double[] v = new double[60];
        for (int i = 0; i < 60; i++) {
            t[i] = 100 + 0.5 * i;
            double s = 0.5 * i;
            v[i] = 20 + perSecond * Math.min(s, kinkAtSeconds) + afterPerSecond * Math.max(0, s - kinkAtSeconds);
        }
        return SampleWindow.of(t, Channels.TEMP_INTERNAL, v);
    }

    @Test
    void givenRampOfKnownSlope_whenSlopeTaken_thenThatSlopePerMinuteOverAnySpan() {
        SampleWindow w = ramp(0.25, 1000, 0);

        assertEquals(15, w.slopePerMinute(Channels.TEMP_INTERNAL, 10), 1e-9);
        assertEquals(15, w.slopePerMinute(Channels.TEMP_INTERNAL, 1000), 1e-9);
        assertEquals(15, w.slopePerMinute(Channels.TEMP_INTERNAL, 0), 1e-9, "shortest span still uses 2 samples");
    }

    @Test
    void givenFlatThenSteep_whenSlopeOverTheLast10s_thenOnlyTheSteepPartCounts() {
        // flat for the first 15 s, then 1 °C/s for the last 14.5 s
        SampleWindow w = ramp(0, 15, 1);

        assertEquals(60, w.slopePerMinute(Channels.TEMP_INTERNAL, 10), 1e-9);
    }

    @Test
    void givenMissingChannel_whenAsked_thenRefusedNamingIt() {
        SampleWindow w = ramp(0, 0, 0);

        assertThrows(IllegalArgumentException.class, () -> w.channel(Channels.MQ2));
    }
}
