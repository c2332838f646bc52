package io.batterylab.core.detection;

import io.batterylab.core.plugin.DeviceStatus;

/**
 * What a detector says about one window: a runaway risk in [0, 1] and a verdict in the device's own three
 * states, so that it can be compared with (and sent back as a correction of) the node's status.
 */
public record Assessment(double risk, DeviceStatus verdict) {
    public Assessment {
        if (!(risk >= 0 && risk <= 1)) {
            throw new IllegalArgumentException("risk must be in [0, 1], got " + risk);
        }
        if (verdict == null) {
            throw new IllegalArgumentException("verdict must be set");
        }
    }

    /** Anything but NORMAL raises an alarm; evaluation counts alarms this way for every detector. */
    public boolean alarm() {
        return verdict != DeviceStatus.NORMAL;
    }

    /** The usual mapping for detectors without a three-level rule of their own: DANGER at or above the limit. */
    public static Assessment ofRisk(double risk, double alarmAt) {
        double clipped = Math.max(0, Math.min(1, risk));
        return new Assessment(clipped, clipped >= alarmAt ? DeviceStatus.DANGER : DeviceStatus.NORMAL);
    }
}
