package io.batterylab.export.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartMathTest {

    @Test
    void givenOneToNineAndAnOutlier_whenBoxed_thenQuartilesAreNumpysAndTheOutlierIsBeyondTheWhisker() {
        BoxStats b = BoxStats.of(new double[] {9, 1, 2, 3, 4, 5, 6, 7, 8, 100, Double.NaN});
        assertEquals(10, b.count());
        assertEquals(3.25, b.q1(), 1e-12);
        assertEquals(5.5, b.median(), 1e-12);
        assertEquals(7.75, b.q3(), 1e-12);
        assertEquals(1, b.lowWhisker());
        assertEquals(9, b.highWhisker());
        assertArrayEquals(new double[] {100}, b.outliers());
    }

    @Test
    void givenARange_whenTicked_thenStepsAreNiceAndCoverIt() {
        Axis axis = Axis.of(0.13, 9.7, 6, 0, 600);
        assertEquals(2.0, axis.step());
        assertEquals(List.of(0.0, 2.0, 4.0, 6.0, 8.0, 10.0), axis.ticks());
        assertEquals(0.0, axis.pixel(0));
        assertEquals(600.0, axis.pixel(10));
        assertEquals("4", axis.label(4));
        assertEquals("0.05", Axis.of(0, 0.3, 6, 0, 1).label(0.05));
    }

    @Test
    void givenOneValueOnly_whenTicked_thenTheAxisStillHasAnExtent() {
        Axis axis = Axis.of(5, 5, 6, 0, 100);
        assertEquals(true, axis.min() < 5 && axis.max() > 5);
    }

    @Test
    void givenALineWithAGap_whenThinned_thenTheSpikeAndTheGapSurvive() {
        double[] y = new double[10_000];
        for (int i = 0; i < y.length; i++) {
            y[i] = i == 4321 ? 99 : i >= 6000 && i < 6200 ? Double.NaN : 0;
        }
        int[] kept = LineThinning.indices(y, y.length, 50);
        assertEquals(true, java.util.Arrays.stream(kept).anyMatch(i -> i == 4321));
        assertEquals(true, java.util.Arrays.stream(kept).anyMatch(i -> Double.isNaN(y[i])));
        assertEquals(true, kept.length <= 100);
    }
}
