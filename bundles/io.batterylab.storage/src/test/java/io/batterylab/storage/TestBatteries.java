package io.batterylab.storage;

import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.FeatureValues;
import io.batterylab.core.plugin.ImportedBattery;
import io.batterylab.core.plugin.ImportedData;
import io.batterylab.core.model.ValidationReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Battery data for tests, with values that follow from the cycle number so reads can be checked exactly. */
final class TestBatteries {
    private TestBatteries() {
    }

    /** Cycles 1..count; every feature present, value = cycle + ordinal / 10; rul = count - cycle; pcl = cycle / 1000. */
    static ImportedBattery battery(String name, String split, String policy, int count) {
        List<CycleRecord> rows = new ArrayList<>();
        for (int cycle = 1; cycle <= count; cycle++) {
            rows.add(cycle(cycle, count));
        }
        return new ImportedBattery(name, split, 1.1, policy, count, rows);
    }

    static CycleRecord cycle(int cycle, int cycleLife) {
        double[] features = new double[Feature.values().length];
        Arrays.setAll(features, i -> cycle + i / 10.0);
        return new CycleRecord(cycle, FeatureValues.of(features), cycleLife - cycle, cycle / 1000.0);
    }

    static ImportedData upload(ImportedBattery... batteries) {
        return new ImportedData(List.of(batteries), ValidationReport.clean());
    }
}
