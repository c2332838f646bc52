package io.batterylab.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.analysis.CapacityTrend;
import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.FeatureValues;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapacityTrendCalculatorTest {
    private final CapacityTrendCalculator calculator = new CapacityTrendCalculator();

    @Test
    void givenLinearFade_whenTrend_thenRatePer100CyclesAndNoKnee() {
        // PCL = 0.01 + 0.0002 n: 0.0002 per cycle is 0.02 per 100 cycles
        double[] cycles = new double[300];
        double[] pcl = new double[300];
        for (int i = 0; i < 300; i++) {
            cycles[i] = i + 1;
            pcl[i] = 0.01 + 0.0002 * cycles[i];
        }

        CapacityTrend trend = calculator.trend(42, Rows.pcl(cycles, pcl)).orElseThrow();

        assertEquals(42, trend.batteryId());
        assertEquals(0.02, trend.fadeRatePer100Cycles(), 1e-12);
        assertNull(trend.kneeCycle());
        assertEquals(0.02, trend.earlyFadeRatePer100Cycles(), 1e-12);
        assertEquals(0.02, trend.lateFadeRatePer100Cycles(), 1e-12);
        assertArrayEquals(pcl, trend.fittedPcl(), 1e-12);
    }

    @Test
    void givenThreePointsHandComputed_whenTrend_thenLeastSquaresSlope() {
        // cycles 1,2,3 with PCL 0, 0.03, 0.04 (mean 0.02333): slope = sum dx dy / sum dx^2 = (0.02333 + 0 + 0.01667) / 2
        // = 0.02 per cycle = 2.0 per 100 cycles; intercept 0.02333 - 2 * 0.02 = -0.01667
        CapacityTrend trend = calculator.trend(1, Rows.pcl(new double[] {1, 2, 3}, new double[] {0, 0.03, 0.04}))
                .orElseThrow();

        assertEquals(2.0, trend.fadeRatePer100Cycles(), 1e-12);
        assertArrayEquals(new double[] {0.0033333333, 0.0233333333, 0.0433333333}, trend.fittedPcl(), 1e-9);
    }

    @Test
    void givenTwoSlopeFadeWithMissingPcl_whenTrend_thenKneeAndEarlyLateRates() {
        // slope 1e-4 up to cycle 400, then 1e-3; every 7th row has no PCL and is skipped
        List<CycleRecord> rows = new ArrayList<>();
        for (int n = 1; n <= 500; n++) {
            double pcl = n % 7 == 0 ? Double.NaN : 0.02 + 1e-4 * n + (n > 400 ? 9e-4 * (n - 400) : 0);
            rows.add(new CycleRecord(n, FeatureValues.none(), 500 - n, pcl));
        }

        CapacityTrend trend = calculator.trend(3, rows).orElseThrow();

        assertEquals(400, trend.kneeCycle());
        assertEquals(0.01, trend.earlyFadeRatePer100Cycles(), 1e-9);
        assertEquals(0.1, trend.lateFadeRatePer100Cycles(), 1e-9);
        assertTrue(trend.fadeRatePer100Cycles() > 0.01 && trend.fadeRatePer100Cycles() < 0.1);
        assertEquals(500 - 500 / 7, trend.cycles().length);
        int at450 = java.util.Arrays.binarySearch(trend.cycles(), 450);
        assertEquals(0.02 + 1e-4 * 450 + 9e-4 * 50, trend.fittedPcl()[at450], 1e-9);
    }

    @Test
    void givenNoPcl_whenTrend_thenEmpty() {
        List<CycleRecord> rows = Rows.of(io.batterylab.core.model.Feature.IR, new double[] {1, 2},
                new double[] {1, 0}, Rows.nan(2));

        assertTrue(calculator.trend(1, rows).isEmpty());
    }
}
