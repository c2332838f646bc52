package io.batterylab.jobs.internal;

import io.batterylab.core.service.BatteryService;
import io.batterylab.core.service.JobEvents;
import io.batterylab.core.service.ReportSource;
import io.batterylab.core.testing.TestJobService;
import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.core.training.ModelVersionService;
import io.batterylab.jobs.TestJobReport;
import io.batterylab.jobs.TestJobs;
import io.batterylab.jobs.TrainingWorker;
import io.batterylab.storage.Database;
import io.batterylab.storage.TestJobStore;
import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * OSGi glue: offers the test-job service and the test-job {@link ReportSource} (kind {@value TestJobReport#KIND}),
 * and works the test-job queue in this process unless {@value TrainingComponent#WORKERS} is 0, like training.
 */
@Component(immediate = true)
public final class TestJobComponent {
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private final TestJobs jobs;

    @Activate
    public TestJobComponent(BundleContext context, @Reference Database database, @Reference TestJobStore store,
            @Reference BatteryService batteries, @Reference AlgorithmRegistry algorithms,
            @Reference ModelVersionService versions, @Reference JobEvents events) {
        int workers = Integer.getInteger(TrainingComponent.WORKERS, 1);
        TrainingWorker.Settings settings = workers <= 0 ? null
                : TrainingWorker.Settings.configured(workers, database.config().embedded(), System.getProperties());
        jobs = new TestJobs(store, batteries, versions, algorithms, events, settings);
        registrations.add(context.registerService(TestJobService.class, jobs, null));
        registrations.add(context.registerService(ReportSource.class, new TestJobReport(store, versions), null));
    }

    @Deactivate
    void deactivate() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
        jobs.close();
    }
}
