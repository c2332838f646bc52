package io.batterylab.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureValuesTest {

    @Test
    void givenSomeFeaturesWhenReadThenOthersAreMissingNotZero() {
        FeatureValues v = FeatureValues.of(Map.of(Feature.T_AVG, 31.5, Feature.DQ_SLOPE, 0.0));

        assertEquals(31.5, v.get(Feature.T_AVG).orElseThrow());
        assertEquals(0.0, v.get(Feature.DQ_SLOPE).orElseThrow(), "a real zero stays a value");
        assertFalse(v.has(Feature.IR));
        assertTrue(v.get(Feature.IR).isEmpty());
        assertEquals(2, v.present().size());
    }

    @Test
    void givenWrongLengthWhenCreatedThenRejectedWithCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FeatureValues.of(new double[3]));
        assertTrue(e.getMessage().contains("got 3"));
    }

    @Test
    void givenFeatureKeysWhenLookedUpThenFoundCaseInsensitively() {
        assertEquals(Feature.CHARGE_TIME, Feature.byKey(" Charge_Time ").orElseThrow());
        assertTrue(Feature.byKey("voltage").isEmpty());
    }

    @Test
    void givenNegativeCycleWhenRecordCreatedThenRejected() {
        assertThrows(IllegalArgumentException.class, () -> new CycleRecord(-1, FeatureValues.none(), 1, 0));
    }
}
