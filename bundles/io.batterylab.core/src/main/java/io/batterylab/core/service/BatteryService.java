package io.batterylab.core.service;

import io.batterylab.core.model.Battery;
import io.batterylab.core.model.BatteryFilter;
import io.batterylab.core.model.CycleRecord;
import java.util.List;
import java.util.Optional;

/**
 * Batteries a user may see: the built-in cells and the user's own uploads, never another user's.
 * Every method takes the acting user's id and filters by it.
 */
public interface BatteryService {
    List<Battery> list(long userId, BatteryFilter filter);

    /** Empty when the battery does not exist or belongs to another user. */
    Optional<Battery> find(long userId, long batteryId);

    /** All cycle rows in cycle order; empty when the battery is not visible to the user. */
    List<CycleRecord> cycles(long userId, long batteryId);

    /** One page of cycle rows in cycle order. */
    List<CycleRecord> cycles(long userId, long batteryId, int offset, int limit);
}
