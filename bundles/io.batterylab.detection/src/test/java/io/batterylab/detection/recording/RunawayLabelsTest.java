package io.batterylab.detection.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RunawayLabelsTest {
    private static ResampledRecording grid(double... values) {
        return new ResampledRecording("g", true, 100, 0.5, values);
    }

    @Test
    void givenFlatLine_whenLabelled_thenAllNegativeExceptTheUnlabelledTail() {
        double[] flat = new double[100];
        Arrays.fill(flat, 25);

        byte[] labels = RunawayLabels.TASK.of(grid(flat));

        for (int k = 0; k < 60; k++) {
            assertEquals(0, labels[k]);
        }
        for (int k = 60; k < 100; k++) {
            assertEquals(-1, labels[k], "the last 20 s have no full horizon");
        }
        assertTrue(Double.isNaN(RunawayLabels.TASK.onsetSeconds(grid(flat))));
    }

    @Test
    void givenStepOf6DegreesAtIndex100_whenLabelled_thenPositiveFor20sBeforeItAndOnsetThere() {
        double[] step = new double[200];
        Arrays.fill(step, 0, 100, 30);
        Arrays.fill(step, 100, 200, 36);

        byte[] labels = RunawayLabels.TASK.of(grid(step));

        assertEquals(0, labels[59]);
        for (int k = 60; k < 100; k++) {
            assertEquals(1, labels[k], "index " + k + " sees the step within 40 samples");
        }
        assertEquals(0, labels[100]);
        assertEquals(100 + 60 * 0.5, RunawayLabels.TASK.onsetSeconds(grid(step)), 1e-12);
    }

    @Test
    void givenRampOf15DegreesPerMinute_whenLabelled_thenExactly5DegreesIn20sIsNotMoreThan5() {
        // 0.125 °C per 0.5 s = 15 °C/min = exactly 5 °C in 20 s: not "more than"
        double[] ramp = new double[100];
        double[] steeper = new double[100];
        for (int k = 0; k < 100; k++) {
            ramp[k] = 0.125 * k;
            steeper[k] = 0.13 * k;
        }
        assertEquals(0, RunawayLabels.TASK.of(grid(ramp))[0]);
        assertEquals(1, RunawayLabels.TASK.of(grid(steeper))[0]);
    }

    @Test
    void givenMissingValueWithinTheHorizon_whenLabelled_thenNoLabel() {
        double[] v = new double[100];
        Arrays.fill(v, 20);
        v[30] = Double.NaN;

        byte[] labels = RunawayLabels.TASK.of(grid(v));

        assertEquals(-1, labels[0]);
        assertEquals(-1, labels[30]);
        assertEquals(0, labels[31]);
    }
}
