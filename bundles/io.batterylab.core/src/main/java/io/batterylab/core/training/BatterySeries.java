package io.batterylab.core.training;

import io.batterylab.core.model.CycleRecord;
import java.util.List;

/** The cycle rows of one battery, in cycle order, as handed to an algorithm. */
public record BatterySeries(long batteryId, String name, List<CycleRecord> cycles) {
    public BatterySeries {
        cycles = List.copyOf(cycles);
    }
}
