package io.batterylab.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.analysis.ColumnStatistics;
import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnStatisticsCalculatorTest {
    private static final double EPS = 1e-12;
    private final ColumnStatisticsCalculator calculator = new ColumnStatisticsCalculator();

    @Test
    void givenEightValues_whenStatistics_thenSampleVarianceUsesNMinusOne() {
        // mean = 40 / 8 = 5; squared deviations 9,1,1,1,0,0,4,16 sum to 32; variance = 32 / 7
        ColumnStatistics s = calculator.statistics("ir", new double[] {2, 4, 4, 4, 5, 5, 7, 9}, 4);

        assertEquals(8, s.count());
        assertEquals(0, s.missing());
        assertEquals(5.0, s.mean(), EPS);
        assertEquals(32.0 / 7, s.variance(), EPS);
        assertEquals(Math.sqrt(32.0 / 7), s.std(), EPS);
        assertEquals(2.0, s.min(), EPS);
        assertEquals(9.0, s.max(), EPS);
    }

    @Test
    void givenTenValues_whenQuartiles_thenLinearInterpolationType7() {
        // type 7: h = (n - 1) p + 1 on the sorted values 1..10
        // q1: h = 9 * 0.25 + 1 = 3.25 -> 3 + 0.25 * (4 - 3) = 3.25; median: h = 5.5 -> 5.5; q3: h = 7.75 -> 7.75
        ColumnStatistics s = calculator.statistics("ir", new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, 1);

        assertEquals(3.25, s.q1(), EPS);
        assertEquals(5.5, s.median(), EPS);
        assertEquals(7.75, s.q3(), EPS);
    }

    @Test
    void givenOddCountWithUnevenGaps_whenQuartiles_thenInterpolatedBetweenNeighbours() {
        // sorted 1, 2, 4, 8, 16, 32: q1 h = 5 * 0.25 + 1 = 2.25 -> 2 + 0.25 * (4 - 2) = 2.5
        // median h = 3.5 -> 4 + 0.5 * (8 - 4) = 6; q3 h = 4.75 -> 8 + 0.75 * (16 - 8) = 14
        ColumnStatistics s = calculator.statistics("ir", new double[] {32, 1, 16, 2, 8, 4}, 1);

        assertEquals(2.5, s.q1(), EPS);
        assertEquals(6.0, s.median(), EPS);
        assertEquals(14.0, s.q3(), EPS);
    }

    @Test
    void givenMissingValues_whenStatistics_thenSkippedAndCountedNotTreatedAsZero() {
        // present 1 and 3: mean 2 (mean 4/3 if the missing value were taken as 0), variance (1 + 1) / 1 = 2
        ColumnStatistics s = calculator.statistics("ir", new double[] {1, Double.NaN, 3}, 2);

        assertEquals(2, s.count());
        assertEquals(1, s.missing());
        assertEquals(2.0, s.mean(), EPS);
        assertEquals(2.0, s.variance(), EPS);
        assertEquals(1.0, s.min(), EPS);
        assertArrayEquals(new long[] {1, 1}, s.histogram().counts());
    }

    @Test
    void givenOneValue_whenStatistics_thenVarianceUndefined() {
        ColumnStatistics s = calculator.statistics("ir", new double[] {4.2}, 3);

        assertEquals(4.2, s.mean(), EPS);
        assertTrue(Double.isNaN(s.variance()));
        assertEquals(4.2, s.median(), EPS);
    }

    @Test
    void givenNoValues_whenStatistics_thenCountZeroAndNaNs() {
        ColumnStatistics s = calculator.statistics("ir", new double[] {Double.NaN, Double.NaN}, 3);

        assertEquals(0, s.count());
        assertEquals(2, s.missing());
        assertTrue(Double.isNaN(s.mean()));
        assertEquals(0, s.histogram().counts().length);
    }

    @Test
    void givenRows_whenStatistics_thenEveryFeatureThenRulAndPclInOrder() {
        List<CycleRecord> rows = Rows.of(Feature.T_AVG, new double[] {30, 32, Double.NaN},
                new double[] {2, 1, 0}, new double[] {0.1, 0.15, 0.2});

        List<ColumnStatistics> all = calculator.statistics(rows, 2);

        assertEquals(List.of("dq_slope", "dq_intercept", "t_avg", "ir", "charge_time", "dqdv_max", "dqdv_min",
                "dqdv_var", "rul", "pcl"), all.stream().map(ColumnStatistics::column).toList());
        ColumnStatistics tAvg = all.get(2);
        assertEquals(2, tAvg.count());
        assertEquals(31.0, tAvg.mean(), EPS);
        assertEquals(3, all.get(0).missing());
        assertEquals(1.0, all.get(8).mean(), EPS);
        assertEquals(0.15, all.get(9).median(), EPS);
    }

    @Test
    void givenZeroBins_whenStatistics_thenRejectedWithMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> calculator.statistics(List.of(), 0));
        assertTrue(e.getMessage().contains("bins"));
    }
}
