package io.batterylab.ui.testing;

import io.batterylab.core.service.BatteryService;
import io.batterylab.core.service.ExportService;
import io.batterylab.core.service.JobEvents;
import io.batterylab.core.service.UploadService;
import io.batterylab.core.testing.TestJobService;
import io.batterylab.core.training.ModelVersionService;
import java.util.Objects;

/**
 * The services the Testing area works with, for one logged-in user. The parts build it from what e4 injects; tests
 * build it from the OSGi services.
 *
 * @param events the live job events; null when the bus is not installed (the views then refresh on demand only)
 */
public record TestingServices(long userId, TestJobService tests, ModelVersionService models, BatteryService batteries,
        UploadService uploads, ExportService exports, JobEvents events) {
    public TestingServices {
        Objects.requireNonNull(tests, "tests");
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(batteries, "batteries");
        Objects.requireNonNull(uploads, "uploads");
        Objects.requireNonNull(exports, "exports");
    }
}
