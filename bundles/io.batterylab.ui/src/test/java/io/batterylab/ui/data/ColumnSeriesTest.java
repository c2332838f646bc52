package io.batterylab.ui.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.FeatureValues;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnSeriesTest {

    private static ColumnSeries column(String key) {
        return ColumnSeries.all().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void givenRowsWithAMissingFeatureWhenPlottedThenTheMissingRowIsAGapNotZero() {
        List<CycleRecord> rows = List.of(
                new CycleRecord(1, FeatureValues.of(Map.of(Feature.IR, 0.016)), 99, 0.01),
                new CycleRecord(2, FeatureValues.none(), 98, 0.02),
                new CycleRecord(3, FeatureValues.of(Map.of(Feature.IR, 0.017)), 97, 0.03));

        double[][] points = column("ir").points(rows);

        assertArrayEquals(new double[] { 1, 3 }, points[0]);
        assertArrayEquals(new double[] { 0.016, 0.017 }, points[1]);
    }

    @Test
    void givenPclAsFractionWhenPlottedThenShownInPercent() {
        double[][] points = column("pcl").points(List.of(new CycleRecord(5, null, 10, 0.125)));
        assertArrayEquals(new double[] { 12.5 }, points[1], 1e-12);
        assertEquals("PCL (%)", column("pcl").axisTitle());
    }

    @Test
    void givenAllColumnsThenEightFeaturesThenTargets() {
        List<ColumnSeries> all = ColumnSeries.all();
        assertEquals(10, all.size());
        assertEquals("dq_slope", all.get(0).key());
        assertEquals("rul", all.get(8).key());
    }
}
