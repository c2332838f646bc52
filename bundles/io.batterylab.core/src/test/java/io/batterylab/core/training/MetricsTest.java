package io.batterylab.core.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void givenPredictionsWhenComparedThenMetricsMatchHandComputedValues() {
        // y = 2, 4, 0, 8; yhat = 3, 3, 1, 8 -> errors 1, -1, 1, 0
        double[] y = { 2, 4, 0, 8 };
        double[] yhat = { 3, 3, 1, 8 };

        Metrics m = Metrics.of(y, yhat);

        assertEquals(4, m.count());
        assertEquals(0.75, m.mse(), 1e-12); // (1 + 1 + 1 + 0) / 4
        assertEquals(Math.sqrt(0.75), m.rmse(), 1e-12);
        assertEquals(0.75, m.mae(), 1e-12);
        // mean 3.5; SS_tot = 2.25 + 0.25 + 12.25 + 20.25 = 35; SS_res = 3
        assertEquals(1 - 3.0 / 35.0, m.r2(), 1e-12);
        // y = 0 excluded: rel errors 0.5, -0.25, 0 -> sqrt((0.25 + 0.0625 + 0) / 3) * 100
        assertEquals(Math.sqrt(0.3125 / 3) * 100, m.rmspe(), 1e-9);
        assertEquals(1, m.rmspeExcluded());
    }

    @Test
    void givenConstantTruthWhenComparedThenR2IsUndefined() {
        Metrics m = Metrics.of(new double[] { 5, 5 }, new double[] { 4, 6 });
        assertTrue(Double.isNaN(m.r2()));
        assertEquals(1.0, m.mse(), 1e-12);
    }

    @Test
    void givenAllTruthZeroWhenComparedThenRmspeIsUndefinedAndAllRowsExcluded() {
        Metrics m = Metrics.of(new double[] { 0, 0 }, new double[] { 1, 2 });
        assertTrue(Double.isNaN(m.rmspe()));
        assertEquals(2, m.rmspeExcluded());
    }
}
