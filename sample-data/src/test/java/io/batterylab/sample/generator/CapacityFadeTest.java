package io.batterylab.sample.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CapacityFadeTest {
    // Q0 1.07, break-in 0.005 Ah over ~80 cycles, 30 % steady loss, knee time constant 80 cycles, life 800
    private final CapacityFade fade = new CapacityFade(1.07, 0.005, 80, 0.30, 80, 800);

    @Test
    void givenCycleLife_whenCapacity_thenExactlyEndOfLife() {
        assertEquals(0.88, fade.capacityAh(800), 1e-12);
    }

    @Test
    void givenParameters_whenSteadyLossAtEndOfLife_thenItsShareOfTotalLoss() {
        // total loss = 1.07 + 0.005 (1 - e^-10) - 0.88 = 0.194977; steady share 30 % = 0.058493
        double total = 1.07 + 0.005 * (1 - Math.exp(-10)) - 0.88;

        assertEquals(0.3 * total, fade.steadyLossAh(800), 1e-12);
        assertEquals(0.3 * total / 2, fade.steadyLossAh(400), 1e-12);
        assertEquals(0.7 * total, fade.kneeLossAh(800), 1e-12);
    }

    @Test
    void givenKneeTerm_whenProgress_thenZeroAtStartOneAtEndAndAcceleratingLate() {
        assertEquals(0, fade.kneeProgress(0), 1e-12);
        assertEquals(1, fade.kneeProgress(800), 1e-12);
        double lastHundred = fade.kneeProgress(800) - fade.kneeProgress(700);
        double middleHundred = fade.kneeProgress(500) - fade.kneeProgress(400);
        // exp(-100/80) of the knee's end value lies before cycle 700: the last 100 cycles hold ~71 % of it
        assertEquals(1 - Math.exp(-100.0 / 80), lastHundred, 1e-3);
        assertTrue(lastHundred > 10 * middleHundred);
    }
}
