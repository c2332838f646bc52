package io.batterylab.monitor.store;

import io.batterylab.core.plugin.DeviceStatus;

/** The newest of a device's samples in a batch: its time, the node's status and the verdict (null: none yet). */
public record LastSeen(long devicePk, long seenMs, DeviceStatus deviceStatus, DeviceStatus modelStatus,
        double modelRisk) {

    /**
     * The later of two entries of one device ({@code b} when equally new); a later one without a verdict keeps the
     * earlier one's verdict, as the store keeps the stored verdict ({@link DeviceStore#recordSeen}).
     */
    static LastSeen newer(LastSeen a, LastSeen b) {
        LastSeen later = b.seenMs() >= a.seenMs() ? b : a;
        LastSeen earlier = later == b ? a : b;
        if (later.modelStatus() != null || earlier.modelStatus() == null) {
            return later;
        }
        return new LastSeen(later.devicePk(), later.seenMs(), later.deviceStatus(), earlier.modelStatus(),
                earlier.modelRisk());
    }
}
