package io.batterylab.core.training;

import io.batterylab.core.model.CycleRecord;
import java.util.List;

/** The cycle rows of one battery, in cycle order, as handed to an algorithm. */
public record BatterySeries(long batteryId, String name, List<CycleRecord> cycles) {
    public BatterySeries {
        cycles = List.copyOf(cycles);
    }

    /**
     * The same rows with their cycle numbers advanced by {@code horizon} and everything else (features, targets) held:
     * what a model that takes the cycle as an input sees when asked for the target {@code horizon} cycles ahead.
     */
    public BatterySeries withCyclesAdvanced(int horizon) {
        return new BatterySeries(batteryId, name, cycles.stream()
                .map(r -> new CycleRecord(r.cycle() + horizon, r.features(), r.rul(), r.pcl())).toList());
    }
}
