package io.batterylab.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.analysis.CorrelationReport;
import io.batterylab.core.analysis.Histogram;
import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.FeatureValues;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysisSeriesTest {
    @Test
    void givenRowsMissingTheFeatureOrRulWhenPairedThenOnlyRowsWithBothArePoints() {
        List<CycleRecord> rows = List.of(
                new CycleRecord(1, FeatureValues.of(Map.of(Feature.IR, 0.016)), 9, 0.01),
                new CycleRecord(2, FeatureValues.none(), 8, 0.02),
                new CycleRecord(3, FeatureValues.of(Map.of(Feature.IR, 0.018)), Double.NaN, 0.03),
                new CycleRecord(4, FeatureValues.of(Map.of(Feature.IR, 0.019)), 6, 0.04));

        double[][] points = AnalysisSeries.pairs(rows, AnalysisSeries.column("ir"), AnalysisSeries.column("rul"));

        assertArrayEquals(new double[] { 0.016, 0.019 }, points[0]);
        assertArrayEquals(new double[] { 9, 6 }, points[1]);
    }

    @Test
    void givenAHistogramWhenBarredThenBinCentresInPercentAndTheCounts() {
        double[][] bars = AnalysisSeries.bars(new Histogram(new double[] { 0, 0.1, 0.2 }, new long[] { 3, 5 }), 100);

        assertArrayEquals(new double[] { 5, 15 }, bars[0], 1e-9);
        assertArrayEquals(new double[] { 3, 5 }, bars[1]);
    }

    @Test
    void givenAReportWithoutSomeColumnsWhenExpandedThenAllTenColumnsWithMissingAsNaN() {
        CorrelationReport report = new CorrelationReport(List.of(), List.of("ir", "rul"),
                new double[][] { { 1, -0.8 }, { -0.8, 1 } }, new double[][] { { 1, -0.7 }, { -0.7, 1 } });

        double[][] pearson = AnalysisSeries.fullMatrix(report, AnalysisSeries.PEARSON);
        double[][] spearman = AnalysisSeries.fullMatrix(report, AnalysisSeries.SPEARMAN);

        assertEquals(10, pearson.length);
        int ir = Feature.IR.ordinal();
        assertEquals(-0.8, pearson[ir][8]);
        assertEquals(-0.7, spearman[8][ir]);
        assertTrue(Double.isNaN(pearson[0][ir]), "dq_slope is not in the data: missing, not zero");
        assertEquals("–", AnalysisSeries.format(pearson[0][0], "%.2f"));
    }
}
