package io.batterylab.core.plugin;

import io.batterylab.core.model.CycleRecord;
import java.util.List;

/**
 * One battery as read from a file, before it is stored.
 *
 * @param name display name from the file (battery-id column, barcode, or cell index)
 * @param split optional split label
 * @param nominalCapacityAh NaN when unknown
 * @param chargingPolicy null when unknown
 * @param cycleLife null when unknown
 * @param cycles rows in cycle order
 */
public record ImportedBattery(String name, String split, double nominalCapacityAh, String chargingPolicy,
        Integer cycleLife, List<CycleRecord> cycles) {
    public ImportedBattery {
        cycles = List.copyOf(cycles);
    }
}
