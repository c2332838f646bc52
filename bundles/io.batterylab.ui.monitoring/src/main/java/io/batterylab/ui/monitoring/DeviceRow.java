package io.batterylab.ui.monitoring;

import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.monitor.MonitoredDevice;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A row of the device table: the claimed device with what was last heard of it, kept current by live samples.
 *
 * @param lastSeen null before its first sample
 * @param deviceStatus what the node itself says (null before a sample)
 * @param modelStatus the detectors' verdict (null while the window fills)
 * @param risk the verdict's risk in [0, 1], NaN when unknown
 * @param detectorProblems why a part of the device's detector choice does not run (e.g. a deleted model)
 */
public record DeviceRow(MonitoredDevice device, Instant lastSeen, DeviceStatus deviceStatus, DeviceStatus modelStatus,
        double risk, List<String> detectorProblems) {
    public DeviceRow {
        detectorProblems = List.copyOf(detectorProblems);
    }

    /** A node publishes twice a second; five seconds of silence means it (or its link) is gone. */
    public static final Duration STALE_AFTER = Duration.ofSeconds(5);

    public static DeviceRow of(MonitoredDevice device) {
        return of(device, List.of());
    }

    public static DeviceRow of(MonitoredDevice device, List<String> detectorProblems) {
        return new DeviceRow(device, device.lastSeen(), device.lastDeviceStatus(), device.lastModelStatus(),
                device.lastModelRisk(), detectorProblems);
    }

    /** The detector choice as the table shows it, with what of it does not run. */
    public String detectorsText() {
        String chosen = String.join(", ", device.detectors());
        return detectorProblems.isEmpty() ? chosen : chosen + " ⚠ " + String.join("; ", detectorProblems);
    }

    public String deviceId() {
        return device.deviceId();
    }

    /** The row after a live sample; the verdict stays until the window gives a new one. */
    public DeviceRow with(LiveEvent.Sample sample) {
        if (lastSeen != null && sample.at().isBefore(lastSeen)) {
            return this;
        }
        return new DeviceRow(device, sample.at(), sample.deviceStatus() != null ? sample.deviceStatus() : deviceStatus,
                sample.modelStatus() != null ? sample.modelStatus() : modelStatus,
                Double.isFinite(sample.risk()) ? sample.risk() : risk, detectorProblems);
    }

    /** Never heard of, or silent for longer than {@link #STALE_AFTER}. */
    public boolean stale(Instant now) {
        return lastSeen == null || Duration.between(lastSeen, now).compareTo(STALE_AFTER) > 0;
    }

    /** The node and the detectors say different things (the node may not have seen the danger). */
    public boolean disagrees() {
        return deviceStatus != null && modelStatus != null && deviceStatus != modelStatus;
    }

    /** The worse of the two statuses, null when neither is known. */
    public DeviceStatus worst() {
        if (deviceStatus == null) {
            return modelStatus;
        }
        return modelStatus == null || deviceStatus.compareTo(modelStatus) >= 0 ? deviceStatus : modelStatus;
    }

    /** "12 s ago", "3 min ago", "never". */
    public String lastSeenText(Instant now) {
        if (lastSeen == null) {
            return "never";
        }
        long seconds = Math.max(0, Duration.between(lastSeen, now).toSeconds());
        String ago = seconds < 120 ? seconds + " s ago" : seconds < 7200 ? seconds / 60 + " min ago"
                : seconds / 3600 + " h ago";
        return stale(now) ? "STALE — " + ago : ago;
    }
}
