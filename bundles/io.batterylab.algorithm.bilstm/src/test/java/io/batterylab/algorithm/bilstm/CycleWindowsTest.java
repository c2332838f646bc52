package io.batterylab.algorithm.bilstm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.FeatureValues;
import io.batterylab.core.model.Target;
import io.batterylab.core.training.BatterySeries;
import io.batterylab.ml.StandardScaler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CycleWindowsTest {
    private static final StandardScaler IDENTITY = new StandardScaler(new double[] { 0, 0 }, new double[] { 1, 1 });

    /** Six cycles with ir = 10 * cycle; the second lacks ir and the last lacks RUL. */
    static List<CycleRecord> rows() {
        List<CycleRecord> rows = new ArrayList<>();
        for (int c = 1; c <= 6; c++) {
            FeatureValues f = c == 2 ? FeatureValues.none() : FeatureValues.of(Map.of(Feature.IR, 10.0 * c));
            rows.add(new CycleRecord(c, f, c == 6 ? Double.NaN : 100 - c, 0));
        }
        return rows;
    }

    @Test
    void givenGapInSecondRowWhenWindowingByThreeThenWindowsEndAtFifthAndSixthRow() {
        CycleWindows windows = CycleWindows.all(rows(), List.of(Feature.IR), 3, IDENTITY);
        assertArrayEquals(new int[] { 4, 5 }, windows.ends());
        // window ending at the fifth row: rows 3, 4, 5 as (ir, cycle)
        float[] first = java.util.Arrays.copyOfRange(windows.inputs(), 0, 6);
        assertArrayEquals(new float[] { 30, 3, 40, 4, 50, 5 }, first);
    }

    @Test
    void givenLastRowWithoutTargetWhenLabellingThenOnlyTheWindowWithATargetRemains() {
        CycleWindows windows = CycleWindows.labelled(List.of(new BatterySeries(1, "a", rows())), List.of(Feature.IR),
                Target.RUL, 3, IDENTITY);
        assertEquals(1, windows.size());
        assertArrayEquals(new double[] { 95 }, windows.targets());
    }
}
