package io.batterylab.ui.testing.internal;

import io.batterylab.core.service.BatteryService;
import io.batterylab.core.service.ExportService;
import io.batterylab.core.service.JobEvents;
import io.batterylab.core.service.UploadService;
import io.batterylab.core.testing.TestJobService;
import io.batterylab.core.training.ModelVersionService;
import io.batterylab.ui.session.UserSession;
import io.batterylab.ui.testing.TestingServices;
import jakarta.inject.Inject;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.core.di.annotations.Optional;

/** What e4 injects for the Testing parts (OSGi services and the logged-in user), as one {@link TestingServices}. */
@Creatable
public final class InjectedServices {
    @Inject
    UserSession session;
    @Inject
    TestJobService tests;
    @Inject
    ModelVersionService models;
    @Inject
    BatteryService batteries;
    @Inject
    UploadService uploads;
    @Inject
    ExportService exports;
    @Inject
    @Optional
    JobEvents events;

    public TestingServices services() {
        return new TestingServices(session.userId(), tests, models, batteries, uploads, exports, events);
    }
}
