package io.batterylab.sample.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChargingPolicyTest {

    @Test
    void givenSeversonNotation_whenParsed_thenRatesAndSwitchPointAndSameText() {
        ChargingPolicy policy = ChargingPolicy.parse("5.4C(40%)-3.6C");

        assertEquals(new ChargingPolicy(5.4, 40, 3.6), policy);
        assertEquals("5.4C(40%)-3.6C", policy.toString());
        assertEquals("6C(30%)-3.6C", new ChargingPolicy(6.0, 30, 3.6).toString());
        assertEquals("4.36C(80%)-4.36C", ChargingPolicy.parse("4.36C(80%)-4.36C").toString());
    }

    @Test
    void givenTwoStepPolicy_whenTimed_thenMinutesAndRmsRateAsHandComputed() {
        // 0.4 / 5.4 h + 0.4 / 3.6 h = 0.074074 + 0.111111 = 0.185185 h = 11.111 min
        // C_rms^2 = (5.4 * 0.4 + 3.6 * 0.4) / 0.185185 = 3.6 / 0.185185 = 19.44 -> C_rms = 4.409
        ChargingPolicy policy = new ChargingPolicy(5.4, 40, 3.6);

        assertEquals(11.1111, policy.minutesTo80Percent(), 1e-4);
        assertEquals(Math.sqrt(19.44), policy.rmsRate(), 1e-9);
    }

    @Test
    void givenOneStepPolicy_whenTimed_thenRmsRateIsTheRate() {
        ChargingPolicy policy = ChargingPolicy.parse("3.6C(80%)-3.6C");

        assertEquals(13.3333, policy.minutesTo80Percent(), 1e-4);
        assertEquals(3.6, policy.rmsRate(), 1e-12);
    }

    @Test
    void givenMalformedNotation_whenParsed_thenMessageQuotesIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChargingPolicy.parse("fast"));
        assertTrue(e.getMessage().contains("'fast'"));
    }
}
