package io.batterylab.monitor;

import io.batterylab.monitor.store.AlarmStore;
import io.batterylab.monitor.store.DeviceStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The devices being monitored, by node id: a device starts on its first sample (its owner and detector choice read
 * from the store, its open alarm resumed) and is forgotten to start afresh from its next sample when its detectors
 * change, a model it runs is deleted, or it is removed. Ids nobody claimed are counted; "nobody claimed it" is believed
 * for {@link #UNCLAIMED_RECHECK_MS} before the store is asked again. Thread-safe.
 */
final class TrackedDevices {
    private static final Logger LOG = LoggerFactory.getLogger(TrackedDevices.class);
    /** How long "nobody claimed this id" is believed before the database is asked again. */
    private static final long UNCLAIMED_RECHECK_MS = 5_000;
    private static final int MAX_UNCLAIMED_IDS = 100_000;

    private final DeviceStore devices;
    private final AlarmStore alarms;
    private final DetectorSelection detectors;
    private final MonitorSettings settings;
    private final Clock clock;
    private final Map<String, TrackedDevice> tracked = new ConcurrentHashMap<>();
    private final Map<String, Long> unclaimedUntil = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> unclaimed = new ConcurrentHashMap<>();

    TrackedDevices(DeviceStore devices, AlarmStore alarms, DetectorSelection detectors,
            MonitorSettings settings, Clock clock) {
        this.devices = devices;
        this.alarms = alarms;
        this.detectors = detectors;
        this.settings = settings;
        this.clock = clock;
    }

    /** The device of a sample: started now if this is its first; null when nobody claimed the id (counted). */
    TrackedDevice ofSample(String deviceId) {
        TrackedDevice device = find(deviceId);
        if (device == null && (unclaimed.containsKey(deviceId) || unclaimed.size() < MAX_UNCLAIMED_IDS)) {
            unclaimed.computeIfAbsent(deviceId, k -> new LongAdder()).increment();
        }
        return device;
    }

    /** The claimed device with this id, started if it was not yet; null when nobody claimed it. */
    TrackedDevice find(String deviceId) {
        TrackedDevice known = tracked.get(deviceId);
        if (known != null) {
            return known;
        }
        long nowMs = clock.millis();
        Long until = unclaimedUntil.get(deviceId);
        if (until != null && nowMs < until) {
            return null;
        }
        var owner = devices.owner(deviceId);
        if (owner.isEmpty()) {
            if (unclaimedUntil.size() < MAX_UNCLAIMED_IDS) {
                unclaimedUntil.put(deviceId, nowMs + UNCLAIMED_RECHECK_MS);
            }
            return null;
        }
        unclaimedUntil.remove(deviceId);
        var device = devices.find(owner.get().userId(), deviceId).orElse(null);
        if (device == null) {
            return null;
        }
        return tracked.computeIfAbsent(deviceId, id -> start(device));
    }

    /** The device if it has started (had a sample since the monitor started), without asking the store. */
    TrackedDevice started(String deviceId) {
        return tracked.get(deviceId);
    }

    /** The id was just claimed: its next sample starts it without waiting out the "unclaimed" belief. */
    void claimed(String deviceId) {
        unclaimedUntil.remove(deviceId);
    }

    /** The device starts afresh from its next sample (new window, detectors read again), or not at all if removed. */
    void forget(String deviceId) {
        tracked.remove(deviceId);
    }

    /** A device another process removed from the store: its late results are dropped, its next sample is unclaimed. */
    void forgetRemoved(long devicePk) {
        tracked.values().removeIf(device -> {
            if (device.pk != devicePk) {
                return false;
            }
            synchronized (device) {
                device.removed = true;
            }
            return true;
        });
    }

    /** Forgets this device only if it is still the one tracked under its id (not one started afresh since). */
    void forget(String deviceId, TrackedDevice device) {
        tracked.remove(deviceId, device);
    }

    /** These users' devices that run a trained model start afresh from their next sample (the models were deleted). */
    void forgetTrainedModelsOf(List<Long> users) {
        tracked.values().removeIf(device -> device.runsTrainedModel && users.contains(device.userId));
    }

    /** Samples received from ids nobody claimed, by id. */
    Map<String, Long> unclaimedSamples() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        unclaimed.forEach((id, n) -> counts.put(id, n.sum()));
        return counts;
    }

    /** A device's monitor, going on with its alarm still open in the store (a restart raises no second one). */
    private TrackedDevice start(MonitoredDevice device) {
        DetectorSelection.Enabled enabled = detectors.enable(device.userId(), device.deviceId(), device.detectors());
        DeviceMonitor monitor = new DeviceMonitor(device.deviceId(), enabled.detectors(), settings.corrections(),
                settings.alarmQuietPeriod(), settings.hops());
        TrackedDevice started = new TrackedDevice(device.id(), device.userId(), device.deviceId(), monitor,
                enabled.problems(), DetectorSelection.choosesTrainedModel(device.detectors()));
        alarms.open(device.id()).ifPresent(open -> {
            monitor.resumeAlarm(open.severity());
            started.openAlarm = open.id();
            LOG.info("Device {}: alarm {} ({}) is still open; it goes on", device.deviceId(), open.id(),
                    open.severity());
        });
        return started;
    }
}
