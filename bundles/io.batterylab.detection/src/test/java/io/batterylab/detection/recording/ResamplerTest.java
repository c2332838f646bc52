package io.batterylab.detection.recording;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResamplerTest {
    private static ThermalRecording trace(double[] t, double[] v) {
        return new ThermalRecording("trace.csv", false, t, v);
    }

    @Test
    void givenBurstAt01msThenOneSecondSamples_whenResampled_thenBurstAveragedAndSecondsInterpolated() {
        // burst of 4 samples within 0.3 ms around t = 0, then 1 s logging of a ramp of 1 °C/s
        ThermalRecording r = trace(new double[] {0, 0.0001, 0.0002, 0.0003, 1, 2, 3},
                new double[] {10, 12, 10, 12, 12, 13, 14});

        ResampledRecording g = Resampler.DEVICE.resample(r);

        // grid 0, 0.5, ..., 3: the burst's mean at 0 s, then interpolation between neighbouring samples
        assertArrayEquals(new double[] {11, 12, 12, 12.5, 13, 13.5, 14}, g.values(), 1e-12);
        assertEquals(0.5, g.periodSeconds());
    }

    @Test
    void givenIrregularTimestamps_whenResampled_thenLinearBetweenNeighbours() {
        ThermalRecording r = trace(new double[] {0, 0.7, 4.2}, new double[] {0, 7, 42});

        ResampledRecording g = Resampler.DEVICE.resample(r);

        // a straight line through all samples (10 °C/s) stays that line on the grid
        for (int k = 0; k < g.size(); k++) {
            assertEquals(10 * g.time(k), g.values()[k], 1e-9, "at " + g.time(k) + " s");
        }
        assertEquals(9, g.size());
    }

    @Test
    void givenSingleSampleEarlyInABin_whenResampled_thenInterpolatedAtTheGridTimeNotShifted() {
        ThermalRecording r = trace(new double[] {0, 0.3, 1.3}, new double[] {0, 3, 13});

        assertEquals(5, Resampler.DEVICE.resample(r).values()[1], 1e-12);
    }

    @Test
    void givenGapLongerThanTheLimit_whenResampled_thenNothingInventedInside() {
        // 1 s logging, then 60 s without a sample, then 1 s logging again
        ThermalRecording r = trace(new double[] {0, 1, 2, 62, 63}, new double[] {20, 20, 20, 30, 30});

        ResampledRecording g = Resampler.DEVICE.resample(r);

        assertEquals(127, g.size());
        assertTrue(g.presentFromTo(0, 4), "0 .. 2 s bridged");
        for (int k = 5; k < 124; k++) {
            assertTrue(Double.isNaN(g.values()[k]), "missing at " + g.time(k) + " s");
        }
        assertTrue(g.presentFromTo(124, 126), "62 .. 63 s present");
    }

    @Test
    void givenGapWithinTheLimit_whenResampled_thenBridged() {
        ThermalRecording r = trace(new double[] {0, 5, 10}, new double[] {20, 21, 20});

        ResampledRecording g = Resampler.DEVICE.resample(r);

        assertTrue(g.presentFromTo(0, g.size() - 1));
        assertEquals(20.5, g.values()[5], 1e-12);
    }
}
