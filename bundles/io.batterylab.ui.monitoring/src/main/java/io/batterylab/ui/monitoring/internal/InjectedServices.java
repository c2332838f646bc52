package io.batterylab.ui.monitoring.internal;

import io.batterylab.core.detection.DetectorModelService;
import io.batterylab.core.detection.DetectorRegistry;
import io.batterylab.core.service.JobEvents;
import io.batterylab.monitor.MonitorService;
import io.batterylab.ui.monitoring.MonitoringServices;
import io.batterylab.ui.session.UserSession;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.e4.core.di.annotations.Creatable;

/** What e4 injects for the Monitoring part; the monitor is there only with {@code mqtt.broker=external} or {@code embedded}. */
@Creatable
public final class InjectedServices {
    @Inject
    UserSession session;
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    MonitorService monitor;
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    DetectorRegistry detectors;
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    DetectorModelService detectorModels;
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    JobEvents events;

    /** Empty when live monitoring is off. */
    public Optional<MonitoringServices> services() {
        if (monitor == null || detectors == null) {
            return Optional.empty();
        }
        return Optional.of(new MonitoringServices(session.userId(), monitor, detectors, detectorModels, events));
    }
}
