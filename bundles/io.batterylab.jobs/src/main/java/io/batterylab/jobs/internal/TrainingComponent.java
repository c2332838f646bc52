package io.batterylab.jobs.internal;

import io.batterylab.core.service.BatteryService;
import io.batterylab.core.service.JobEvents;
import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.core.training.ModelVersionService;
import io.batterylab.core.training.TrainingJobService;
import io.batterylab.jobs.TrainingEventForwarder;
import io.batterylab.jobs.TrainingJobs;
import io.batterylab.jobs.TrainingWorker;
import io.batterylab.storage.Database;
import io.batterylab.storage.TrainingStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * OSGi glue: offers the training-job and model-version services and works the job queue in this process unless
 * the system property {@value #WORKERS} is 0 (a process that only submits, e.g. a REST front end in front of
 * separate worker processes). Heartbeat and its timeout: {@link TrainingWorker.Settings#configured}.
 */
@Component(immediate = true)
public final class TrainingComponent {
    static final String WORKERS = "batterylab.training.workers";
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private final TrainingJobs jobs;
    private final AutoCloseable forwarding;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile JobEvents events;

    @Activate
    public TrainingComponent(BundleContext context, @Reference Database database, @Reference TrainingStore store,
            @Reference BatteryService batteries, @Reference AlgorithmRegistry algorithms) {
        int workers = Integer.getInteger(WORKERS, 1);
        TrainingWorker.Settings settings = workers <= 0 ? null
                : TrainingWorker.Settings.configured(workers, database.config().embedded(), System.getProperties());
        jobs = new TrainingJobs(store, database.config(), batteries, algorithms, settings);
        forwarding = jobs.listen(new TrainingEventForwarder(() -> events, Clock.systemUTC()));
        registrations.add(context.registerService(TrainingJobService.class, jobs, null));
        registrations.add(context.registerService(ModelVersionService.class, jobs.modelVersions(), null));
    }

    @Deactivate
    void deactivate() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
        try {
            forwarding.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        jobs.close();
    }
}
