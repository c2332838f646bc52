package io.batterylab.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KneeDetectorTest {
    private final KneeDetector detector = new KneeDetector();

    @Test
    void givenExactTwoLines_whenDetected_thenBreakAndSlopesExact() {
        // cycles 1..20: PCL = 0.001 n up to n = 10, then 0.01 + 0.01 (n - 10): slopes 0.001 and 0.01 meeting at 10
        double[] x = new double[20];
        double[] y = new double[20];
        for (int i = 0; i < 20; i++) {
            x[i] = i + 1;
            y[i] = x[i] <= 10 ? 0.001 * x[i] : 0.01 + 0.01 * (x[i] - 10);
        }

        TwoLineFit knee = detector.knee(x, y).orElseThrow();

        assertEquals(10.0, knee.breakX(), 0);
        assertEquals(0.001, knee.earlySlope(), 1e-12);
        assertEquals(0.01, knee.lateSlope(), 1e-12);
        assertEquals(0.01, knee.valueAtBreak(), 1e-12);
    }

    @Test
    void givenNoisyTwoSlopeCurve_whenDetected_thenKneeWithinFewCyclesOfTrueBreak() {
        // true break at cycle 600 of 800; slope 5e-5 then 5e-4 per cycle; noise 3e-4 (like Qd noise / 1.1 Ah)
        Random random = new Random(7);
        double[] x = new double[800];
        double[] y = new double[800];
        for (int i = 0; i < 800; i++) {
            x[i] = i + 1;
            y[i] = 0.02 + 5e-5 * x[i] + (x[i] > 600 ? 4.5e-4 * (x[i] - 600) : 0) + 3e-4 * random.nextGaussian();
        }

        TwoLineFit knee = detector.knee(x, y).orElseThrow();

        assertEquals(600, knee.breakX(), 5);
        assertEquals(5e-5, knee.earlySlope(), 2e-6);
        assertEquals(5e-4, knee.lateSlope(), 2e-5);
    }

    @Test
    void givenStraightLine_whenDetected_thenNoKnee() {
        double[] x = new double[500];
        double[] y = new double[500];
        for (int i = 0; i < 500; i++) {
            x[i] = i + 1;
            y[i] = 0.03 + 1e-4 * x[i];
        }

        assertEquals(Optional.empty(), detector.knee(x, y));
    }

    @Test
    void givenNoisyStraightLines_whenDetected_thenNoKneeInAnyOfThem() {
        Random random = new Random(11);
        for (int run = 0; run < 20; run++) {
            double[] x = new double[1000];
            double[] y = new double[1000];
            for (int i = 0; i < 1000; i++) {
                x[i] = i + 1;
                y[i] = 0.03 + 1e-4 * x[i] + 3e-4 * random.nextGaussian();
            }

            assertTrue(detector.knee(x, y).isEmpty(), "run " + run);
        }
    }

    @Test
    void givenDeceleratingFade_whenDetected_thenNoKnee() {
        // square-root (SEI-like) growth: the slope falls with cycle, the opposite of a knee
        double[] x = new double[400];
        double[] y = new double[400];
        for (int i = 0; i < 400; i++) {
            x[i] = i + 1;
            y[i] = 0.005 * Math.sqrt(x[i]);
        }

        TwoLineFit best = detector.bestTwoLineFit(x, y).orElseThrow().fit();
        assertTrue(best.lateSlope() < best.earlySlope());
        assertEquals(Optional.empty(), detector.knee(x, y));
    }

    @Test
    void givenTooFewPoints_whenDetected_thenNoKnee() {
        assertEquals(Optional.empty(), detector.knee(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9},
                new double[] {0, 0, 0, 0, 0, 1, 2, 3, 4}));
    }
}
