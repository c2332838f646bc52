package io.batterylab.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AxisTicksTest {
    @Test
    void givenARangeWhenTickedThenStepsAreRoundAndCoverIt() {
        assertEquals(List.of(0.0, 20.0, 40.0, 60.0, 80.0, 100.0), AxisTicks.of(0, 100, 5));
        assertEquals(List.of(-1.0, -0.5, 0.0, 0.5, 1.0), AxisTicks.of(-1, 1, 4));
    }

    @Test
    void givenAnEmptyRangeWhenTickedThenOneTick() {
        assertEquals(List.of(3.0), AxisTicks.of(3, 3, 5));
    }

    @Test
    void givenValuesWhenLabelledThenShortWithoutTrailingZeros() {
        assertEquals("0.5", AxisTicks.label(0.5));
        assertEquals("120", AxisTicks.label(120));
        assertEquals("1.00e-04", AxisTicks.label(1e-4));
    }
}
