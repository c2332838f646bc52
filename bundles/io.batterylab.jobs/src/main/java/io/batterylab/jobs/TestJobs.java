package io.batterylab.jobs;

import io.batterylab.core.model.BatteryFilter;
import io.batterylab.core.model.Target;
import io.batterylab.core.service.BatteryService;
import io.batterylab.core.service.JobEvents;
import io.batterylab.core.testing.BatteryMetrics;
import io.batterylab.core.testing.TestDetail;
import io.batterylab.core.testing.TestJob;
import io.batterylab.core.testing.TestJobService;
import io.batterylab.core.testing.TestJobSpec;
import io.batterylab.core.training.Algorithm;
import io.batterylab.core.training.AlgorithmNotInstalledException;
import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.ModelVersion;
import io.batterylab.core.training.ModelVersionService;
import io.batterylab.storage.TestJobStore;
import java.util.List;
import java.util.Optional;

/**
 * The test-job service: checks and queues jobs, answers for their state and results from the database, and (when
 * this process works the queue too) owns a worker of the test-job queue, the same machinery as training jobs.
 * OSGi-free: the DS component only builds it.
 */
public final class TestJobs implements TestJobService, AutoCloseable {
    private final TestJobStore store;
    private final BatteryService batteries;
    private final ModelVersionService versions;
    private final AlgorithmRegistry algorithms;
    private final TestJobEvents events;
    private final TrainingWorker worker;

    /**
     * @param bus where progress is published; null for nowhere
     * @param workerSettings null for a process that only submits and reads (another process works the queue)
     */
    public TestJobs(TestJobStore store, BatteryService batteries, ModelVersionService versions,
            AlgorithmRegistry algorithms, JobEvents bus, TrainingWorker.Settings workerSettings) {
        this.store = store;
        this.batteries = batteries;
        this.versions = versions;
        this.algorithms = algorithms;
        this.events = new TestJobEvents(bus);
        this.worker = workerSettings == null ? null : new TrainingWorker(
                new TestQueue(store, new TestRunner(store, batteries, versions, events), events), workerSettings);
        if (worker != null) {
            worker.start();
        }
    }

    @Override
    public TestJob submit(long userId, TestJobSpec spec) {
        ModelVersion version = versions.find(userId, spec.modelVersionId()).orElseThrow(() -> new IllegalArgumentException(
                "modelVersionId: model version " + spec.modelVersionId() + " does not exist or is not yours"));
        List<Target> targets = spec.targets().isEmpty() ? version.targets() : spec.targets();
        for (Target target : targets) {
            if (!version.target().includes(target)) {
                throw new IllegalArgumentException("targets: model version " + version.id() + " predicts "
                        + version.target().key() + ", not " + target.key());
            }
        }
        Algorithm algorithm = algorithms.find(version.algorithmId()).orElseThrow(() -> new AlgorithmNotInstalledException(
                version.algorithmId(), "model version " + version.id() + " was trained with it; install its plugin to"
                        + " test the model version"));
        if (spec.horizon() > 0) {
            if (!algorithm.predictsAhead()) {
                throw new IllegalArgumentException("horizon: " + algorithm.displayName() + " cannot predict ahead, so"
                        + " model version " + version.id() + " can only be tested with horizon 0, not " + spec.horizon());
            }
        }
        for (long cell : spec.cells()) {
            if (batteries.find(userId, cell).isEmpty()) {
                throw new IllegalArgumentException("cells: battery " + cell + " does not exist or is not yours");
            }
        }
        if (spec.uploadId() != null
                && batteries.list(userId, new BatteryFilter(null, null, null, null, spec.uploadId())).isEmpty()) {
            throw new IllegalArgumentException("uploadId: upload " + spec.uploadId() + " does not exist, is not yours"
                    + " or has no cells");
        }
        TestJob job = store.create(userId, spec, targets);
        events.status(job, JobStatus.PENDING, null);
        if (worker != null) {
            worker.wake();
        }
        return job;
    }

    @Override
    public Optional<TestJob> find(long userId, long jobId) {
        return store.find(userId, jobId);
    }

    @Override
    public List<TestJob> list(long userId) {
        return store.jobs(userId);
    }

    @Override
    public boolean cancel(long userId, long jobId) {
        Optional<TestJob> before = store.find(userId, jobId);
        if (before.isEmpty() || !store.requestCancel(userId, jobId)) {
            return false;
        }
        // a worker may have claimed the pending job meanwhile: its runner then ends it and tells listeners
        if (before.get().status() == JobStatus.PENDING && store.find(userId, jobId)
                .filter(job -> job.status() == JobStatus.CANCELED).isPresent()) {
            events.status(before.get(), JobStatus.CANCELED, null);
        } else if (worker != null) {
            // a job running in another process learns it at that worker's next heartbeat
            worker.cancelHere(jobId);
        }
        return true;
    }

    @Override
    public boolean delete(long userId, long jobId) {
        return store.delete(userId, jobId);
    }

    @Override
    public List<BatteryMetrics> perBattery(long userId, long jobId) {
        return store.perBattery(userId, jobId);
    }

    @Override
    public long detailCount(long userId, long jobId, Long batteryId) {
        return store.detailCount(userId, jobId, batteryId);
    }

    @Override
    public List<TestDetail> details(long userId, long jobId, Long batteryId, long offset, int limit) {
        return store.details(userId, jobId, batteryId, offset, limit);
    }

    /** Stops this process's worker; running jobs stop after their current cell. */
    @Override
    public void close() {
        if (worker != null) {
            worker.close();
        }
    }
}
