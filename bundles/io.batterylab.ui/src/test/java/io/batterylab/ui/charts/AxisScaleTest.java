package io.batterylab.ui.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AxisScaleTest {
    @Test
    void givenOnePointOnAWholeNumberAxisWhenPaddedThenTheRangeReachesOneEitherSide() {
        assertArrayEquals(new double[] {0, 2}, AxisScale.padded(1, 1, 0.03, true), 1e-12);
    }

    @Test
    void givenAConstantSeriesWhenPaddedThenTheRangeHasWidthAroundTheValue() {
        assertArrayEquals(new double[] {95, 105}, AxisScale.padded(100, 100, 0.03, false), 1e-9);
        assertArrayEquals(new double[] {-1, 1}, AxisScale.padded(0, 0, 0.03, false), 1e-12);
        assertArrayEquals(new double[] {-0.105, -0.095}, AxisScale.padded(-0.1, -0.1, 0.03, false), 1e-12);
    }

    @Test
    void givenARangeWhenPaddedThenAShareOfItsWidthIsAddedEachSide() {
        assertArrayEquals(new double[] {-3, 103}, AxisScale.padded(0, 100, 0.03, true), 1e-9);
    }

    @Test
    void givenNoDataWhenPaddedThenZeroToOne() {
        assertArrayEquals(new double[] {0, 1}, AxisScale.padded(Double.NaN, Double.NaN, 0.03, false));
        assertArrayEquals(new double[] {0, 1}, AxisScale.padded(0, Double.POSITIVE_INFINITY, 0.03, false));
    }

    @Test
    void givenAFewEpochsOnAWideAxisWhenSwtChartTicksItWithTheDefaultHintThenItWouldStepByHalves() {
        assertEquals(0.5, AxisScale.swtChartStep(0, 5, 600, AxisScale.DEFAULT_STEP_HINT), 1e-12,
                "the trap the hint avoids: 2.5 epochs");
    }

    @Test
    void givenWholeNumberAxesOfManyRangesAndLengthsWhenHintedThenTheStepIsWholeAndTicksStayReadable() {
        double[][] ranges = {{0, 2}, {0.97, 3.03}, {1, 5}, {-0.1, 4.1}, {0, 12}, {1, 150}, {0, 1000}, {0, 2e6},
                {14.5, 15.5}};
        for (double[] r : ranges) {
            for (int pixels : new int[] {40, 120, 333, 600, 1400, 3000}) {
                int hint = AxisScale.wholeNumberStepHint(r[0], r[1], pixels);
                double step = AxisScale.swtChartStep(r[0], r[1], pixels, hint);
                assertTrue(step >= 1 && step == Math.rint(step), r[0] + ".." + r[1] + " over " + pixels
                        + " px steps by " + step);
                assertTrue(hint >= AxisScale.DEFAULT_STEP_HINT, "never denser than SWTChart's own ticks");
            }
        }
    }

    @Test
    void givenAWideRangeWhenHintedThenSwtChartsOwnStepIsKept() {
        assertEquals(AxisScale.DEFAULT_STEP_HINT, AxisScale.wholeNumberStepHint(0, 150, 600));
    }

    @Test
    void givenNoLengthYetWhenHintedThenTheDefault() {
        assertEquals(AxisScale.DEFAULT_STEP_HINT, AxisScale.wholeNumberStepHint(0, 3, 0));
        assertEquals(AxisScale.DEFAULT_STEP_HINT, AxisScale.wholeNumberStepHint(2, 2, 600));
    }
}
