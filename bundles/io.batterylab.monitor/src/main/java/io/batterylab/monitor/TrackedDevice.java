package io.batterylab.monitor;

import java.util.List;

/**
 * A claimed device being monitored: its keys, its {@link DeviceMonitor} (used by one thread at a time: its samples'
 * worker, or a user's manual command, both under the device's lock) and its open alarm.
 */
final class TrackedDevice {
    final long pk;
    final long userId;
    final String deviceId;
    final DeviceMonitor monitor;
    final List<String> detectorProblems;
    final boolean runsTrainedModel;
    /** The store's id of the device's open alarm (0 when none was raised since it started). */
    long openAlarm;
    /** Set (under its lock) once the device is being removed: its late verdicts are dropped. */
    boolean removed;

    TrackedDevice(long pk, long userId, String deviceId, DeviceMonitor monitor, List<String> detectorProblems,
            boolean runsTrainedModel) {
        this.pk = pk;
        this.userId = userId;
        this.deviceId = deviceId;
        this.monitor = monitor;
        this.detectorProblems = List.copyOf(detectorProblems);
        this.runsTrainedModel = runsTrainedModel;
    }
}
