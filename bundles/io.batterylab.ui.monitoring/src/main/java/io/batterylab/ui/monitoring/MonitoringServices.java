package io.batterylab.ui.monitoring;

import io.batterylab.core.detection.DetectorModelService;
import io.batterylab.core.detection.DetectorRegistry;
import io.batterylab.core.service.JobEvents;
import io.batterylab.monitor.MonitorService;
import java.util.Objects;

/**
 * What the Monitoring area works with, for one logged-in user. The part builds it from what e4 injects; tests build it
 * from their own monitor.
 *
 * @param detectorModels where "Train detector from recordings…" stores models; null when not installed (the action is
 *        then off)
 * @param events the live event bus the monitor publishes to; null when none is installed (the area then refreshes
 *        on demand only)
 */
public record MonitoringServices(long userId, MonitorService monitor, DetectorRegistry detectors,
        DetectorModelService detectorModels, JobEvents events) {
    public MonitoringServices {
        Objects.requireNonNull(monitor, "monitor");
        Objects.requireNonNull(detectors, "detectors");
    }
}
