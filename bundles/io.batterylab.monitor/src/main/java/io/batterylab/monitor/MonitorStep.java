package io.batterylab.monitor;

import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.core.plugin.SensorSample;
import java.util.Optional;

/**
 * What one sample did to its device's monitor.
 *
 * @param verdict present when the detectors ran (the sample was the newest and enough samples followed the last gap)
 * @param correction the command to send the device now
 */
public record MonitorStep(SensorSample sample, DeviceWindow.Offer offer, Optional<ModelVerdict> verdict,
        Optional<DeviceStatus> correction, Optional<AlarmChange> alarm) {
    static MonitorStep skipped(SensorSample sample, DeviceWindow.Offer offer) {
        return new MonitorStep(sample, offer, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
