package io.batterylab.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DivergingScaleTest {
    @Test
    void givenCorrelationsWhenColouredThenBlueWhiteRedAndGreyForMissing() {
        assertEquals(DivergingScale.NEGATIVE, DivergingScale.colour(-1));
        assertEquals(DivergingScale.ZERO, DivergingScale.colour(0));
        assertEquals(DivergingScale.POSITIVE, DivergingScale.colour(1));
        assertEquals(DivergingScale.POSITIVE, DivergingScale.colour(3), "clamped");
        assertEquals(DivergingScale.MISSING, DivergingScale.colour(Double.NaN));
        assertTrue(DivergingScale.colour(0.5).blue < DivergingScale.ZERO.blue, "half-way towards red");
    }

    @Test
    void givenStrongValuesWhenLabelledThenLightText() {
        assertTrue(DivergingScale.needsLightText(-0.9));
        assertFalse(DivergingScale.needsLightText(0.2));
        assertFalse(DivergingScale.needsLightText(Double.NaN));
    }
}
