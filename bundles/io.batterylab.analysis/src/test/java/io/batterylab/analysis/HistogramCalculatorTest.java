package io.batterylab.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.batterylab.core.analysis.Histogram;
import org.junit.jupiter.api.Test;

class HistogramCalculatorTest {

    @Test
    void givenZeroToTen_whenFiveBins_thenWidthTwoAndMaximumInLastBin() {
        // edges 0,2,4,6,8,10; [0,2) holds 0,1; ... the last bin [8,10] is closed and holds 8,9,10
        Histogram h = HistogramCalculator.equalWidth(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 5);

        assertArrayEquals(new double[] {0, 2, 4, 6, 8, 10}, h.edges(), 1e-12);
        assertArrayEquals(new long[] {2, 2, 2, 2, 3}, h.counts());
    }

    @Test
    void givenValuesOnDecimalEdges_whenBinned_thenEachEdgeOpensItsBin() {
        // 0.0, 0.1, ..., 1.0 into edges 0, 0.2, 0.4, 0.6, 0.8, 1.0: 0.6 belongs to [0.6, 0.8) although 3 * 0.2 > 0.6
        double[] values = new double[11];
        for (int i = 0; i <= 10; i++) {
            values[i] = i / 10.0;
        }

        Histogram h = HistogramCalculator.equalWidth(values, 5);

        assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1.0}, h.edges(), 0);
        assertArrayEquals(new long[] {2, 2, 2, 2, 3}, h.counts());
    }

    @Test
    void givenSkewedValues_whenThreeBins_thenCountsFollowEdges() {
        // min 1, max 10, width 3: [1,4) holds 1,2,3; [4,7) holds 4; [7,10] holds 10
        Histogram h = HistogramCalculator.equalWidth(new double[] {3, 1, 10, 2, 4}, 3);

        assertArrayEquals(new double[] {1, 4, 7, 10}, h.edges(), 1e-12);
        assertArrayEquals(new long[] {3, 1, 1}, h.counts());
    }

    @Test
    void givenEqualValues_whenBinned_thenUnitRangeAroundTheValue() {
        Histogram h = HistogramCalculator.equalWidth(new double[] {5, 5, 5}, 2);

        assertArrayEquals(new double[] {4.5, 5.0, 5.5}, h.edges(), 1e-12);
        assertArrayEquals(new long[] {0, 3}, h.counts());
    }

    @Test
    void givenTooManyBins_whenBinned_thenRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> HistogramCalculator.equalWidth(new double[] {1}, HistogramCalculator.MAX_BINS + 1));
    }
}
