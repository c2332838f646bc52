package io.batterylab.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.FeatureValues;
import io.batterylab.core.model.Target;
import io.batterylab.core.training.BatterySeries;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CycleRowsTest {
    @Test
    void givenRowsWithMissingFeatureOrTargetWhenDrawnThenThoseRowsAreLeftOutAndCycleIsLastInput() {
        CycleRecord complete = new CycleRecord(1, FeatureValues.of(Map.of(Feature.IR, 0.02, Feature.T_AVG, 31.0)), 99, 0.01);
        CycleRecord noIr = new CycleRecord(2, FeatureValues.of(Map.of(Feature.T_AVG, 31.5)), 98, 0.02);
        CycleRecord noRul = new CycleRecord(3, FeatureValues.of(Map.of(Feature.IR, 0.021, Feature.T_AVG, 32.0)), Double.NaN, 0.03);
        BatterySeries a = new BatterySeries(1, "a", List.of(complete, noIr, noRul));
        BatterySeries b = new BatterySeries(2, "b", List.of(complete));

        CycleRows rows = CycleRows.of(List.of(a, b), List.of(Feature.T_AVG, Feature.IR), Target.RUL);

        assertEquals(2, rows.size());
        assertArrayEquals(new double[] { 31.0, 0.02, 1 }, rows.inputs()[0]);
        assertArrayEquals(new double[] { 99, 99 }, rows.targets());
        assertArrayEquals(new int[] { 0, 1 }, rows.cells());
        // PCL from the temperature alone: all three rows of a and the one of b
        assertEquals(4, CycleRows.of(List.of(a, b), List.of(Feature.T_AVG), Target.PCL).size());
    }
}
