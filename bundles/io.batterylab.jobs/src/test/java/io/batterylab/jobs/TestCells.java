package io.batterylab.jobs;

import io.batterylab.core.model.Battery;
import io.batterylab.core.model.BatteryFilter;
import io.batterylab.core.model.BatterySource;
import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.FeatureValues;
import io.batterylab.core.service.BatteryService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;

/** Four cells of alice's: ids 1..4, 20 cycles, RUL = 100 * id - cycle. Cell 5 is bob's. */
record TestCells(long alice, long bob) implements BatteryService {
    @Override
    public List<Battery> list(long userId, BatteryFilter filter) {
        return LongStream.rangeClosed(1, 5).mapToObj(id -> find(userId, id)).flatMap(Optional::stream).toList();
    }

    @Override
    public Optional<Battery> find(long userId, long batteryId) {
        boolean visible = batteryId >= 1 && batteryId <= 4 && userId == alice || batteryId == 5 && userId == bob;
        return visible ? Optional.of(new Battery(batteryId, userId, "cell " + batteryId, BatterySource.UPLOAD, 7L, null,
                1.1, null, (int) (100 * batteryId), 20, false)) : Optional.empty();
    }

    @Override
    public List<CycleRecord> cycles(long userId, long batteryId) {
        List<CycleRecord> rows = new ArrayList<>();
        for (int c = 1; c <= 20; c++) {
            rows.add(new CycleRecord(c, FeatureValues.of(Map.of(Feature.IR, 0.01 * c)), 100.0 * batteryId - c, 0.01 * c));
        }
        return find(userId, batteryId).isPresent() ? rows : List.of();
    }

    @Override
    public List<CycleRecord> cycles(long userId, long batteryId, int offset, int limit) {
        return cycles(userId, batteryId).stream().skip(offset).limit(limit).toList();
    }
}
