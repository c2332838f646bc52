package io.batterylab.sample.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SmallPartsTest {

    @Test
    void givenQuantileKnots_whenRead_thenLinearInterpolation() {
        // knots at p = 0, 0.5, 1: p = 0.25 lies halfway between 10 and 20, p = 0.9 is 20 + 0.8 * (100 - 20) = 84
        QuantileTable table = new QuantileTable(new double[] {10, 20, 100});

        assertEquals(15, table.quantile(0.25), 1e-12);
        assertEquals(84, table.quantile(0.9), 1e-12);
        assertEquals(100, table.quantile(1.0), 1e-12);
    }

    @Test
    void givenStratifiedSample_whenDrawn_thenOneValueInEachStratum() {
        QuantileTable uniform = new QuantileTable(new double[] {0, 1});

        double[] sample = uniform.stratifiedSample(4, new Random(3));

        for (int i = 0; i < 4; i++) {
            assertTrue(sample[i] >= i / 4.0 && sample[i] < (i + 1) / 4.0, "stratum " + i + ": " + sample[i]);
        }
    }

    @Test
    void givenDecreasingKnots_whenCreated_thenRejected() {
        assertThrows(IllegalArgumentException.class, () -> new QuantileTable(new double[] {2, 1}));
    }

    @Test
    void givenValues_whenFormatted_thenHalfEvenFromExactValueAndNoNegativeZero() {
        assertEquals("0.000", Decimals.format(-0.0001, 3));
        assertEquals("0.12", Decimals.format(0.125, 2)); // 0.125 is exact in binary: tie to even
        assertEquals("2.67", Decimals.format(2.675, 2)); // 2.675 is stored as 2.67499999999999982236...
        assertEquals("-2.4390", Decimals.format(-2.439, 4));
    }

    @Test
    void givenStream_whenTrailingMeanOfThree_thenMeanOfAvailableThenOfLastThree() {
        TrailingMean mean = new TrailingMean(3);

        double[] out = {mean.add(3), mean.add(6), mean.add(9), mean.add(12)};

        assertArrayEquals(new double[] {3, 4.5, 6, 9}, out, 1e-12);
    }

    @Test
    void givenPolicyTarget_whenSampled_thenPolicyChargesInAboutThatTime() {
        PolicySampler sampler = new PolicySampler(new Random(5));
        for (int i = 0; i < 200; i++) {
            ChargingPolicy policy = sampler.policyFor(10.0);
            // rates are rounded to 0.1C / 0.05C / 0.01C, which moves the time by well under half a minute
            assertEquals(10.0, policy.minutesTo80Percent(), 0.3, policy.toString());
            assertTrue(policy.secondRate() >= 3.0 && policy.secondRate() <= 6.0, policy.toString());
        }
    }
}
