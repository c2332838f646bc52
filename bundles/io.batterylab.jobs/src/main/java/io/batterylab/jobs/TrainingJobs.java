package io.batterylab.jobs;

import io.batterylab.core.settings.Settings;
import io.batterylab.core.training.Algorithm;
import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.RunLogLine;
import io.batterylab.core.training.RunSpec;
import io.batterylab.core.training.TrainingEvent;
import io.batterylab.core.training.TrainingJob;
import io.batterylab.core.training.TrainingJobService;
import io.batterylab.core.training.TrainingJobSpec;
import io.batterylab.core.service.BatteryService;
import io.batterylab.storage.StorageConfig;
import io.batterylab.storage.TrainingStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The training-job service: checks and queues jobs, answers for their state, metrics and logs from the database,
 * and (when this process works the queue too) owns a {@link TrainingWorker}. OSGi-free: the DS component only
 * builds it.
 */
public final class TrainingJobs implements TrainingJobService, AutoCloseable {
    private final TrainingStore store;
    private final AlgorithmRegistry algorithms;
    private final Datasets datasets;
    private final TrainingEvents events = new TrainingEvents();
    private final ModelVersions versions;
    private final TrainingWorker worker;

    /**
     * @param workerSettings null for a process that only submits and watches (another process works the queue)
     */
    public TrainingJobs(TrainingStore store, StorageConfig storage, BatteryService batteries,
            AlgorithmRegistry algorithms, TrainingWorker.Settings workerSettings) {
        this.store = store;
        this.algorithms = algorithms;
        this.datasets = new Datasets(batteries);
        this.versions = new ModelVersions(store, storage, algorithms);
        this.worker = workerSettings == null ? null
                : new TrainingWorker(new TrainingQueue(store, new JobRunner(store, algorithms, datasets, versions, events),
                        versions, events), workerSettings);
        if (worker != null) {
            worker.start();
        }
    }

    /** The id of this process's worker as stored with the jobs it claims; empty when this process does not work the queue. */
    public Optional<String> workerId() {
        return Optional.ofNullable(worker).map(TrainingWorker::id);
    }

    public ModelVersions modelVersions() {
        return versions;
    }

    @Override
    public TrainingJob submit(long userId, TrainingJobSpec spec) {
        datasets.requireVisible(userId, spec.dataset());
        List<TrainingStore.NewRun> runs = new ArrayList<>();
        for (RunSpec run : spec.runs()) {
            Algorithm algorithm = algorithms.find(run.algorithmId()).orElseThrow(
                    () -> new IllegalArgumentException("algorithm '" + run.algorithmId() + "' is not installed"));
            JobRunner.targets(spec.target(), algorithm); // refuses an algorithm that predicts none of the targets
            Record settings = run.settings() == null ? algorithm.defaultSettings() : run.settings();
            Settings.check(settings, algorithm.settingsType());
            runs.add(new TrainingStore.NewRun(algorithm.id(), run.features(), Json.write(settings)));
        }
        TrainingJob job = store.createJob(userId, spec.name(), spec.target(), spec.dataset(), runs);
        events.publish(new TrainingEvent.JobChanged(userId, job.id(), JobStatus.PENDING));
        if (worker != null) {
            worker.wake();
        }
        return job;
    }

    @Override
    public Optional<TrainingJob> find(long userId, long jobId) {
        return store.findJob(userId, jobId);
    }

    @Override
    public List<TrainingJob> list(long userId) {
        return store.jobs(userId);
    }

    @Override
    public boolean cancel(long userId, long jobId) {
        Optional<TrainingJob> before = store.findJob(userId, jobId);
        if (before.isEmpty() || !store.requestCancel(userId, jobId)) {
            return false;
        }
        // a worker may have claimed the pending job meanwhile: its runner then ends it and tells listeners
        if (before.get().status() == JobStatus.PENDING && store.findJob(userId, jobId)
                .filter(job -> job.status() == JobStatus.CANCELED).isPresent()) {
            events.publish(new TrainingEvent.JobChanged(userId, jobId, JobStatus.CANCELED));
        } else if (worker != null) {
            // a job running in another process learns it at that worker's next heartbeat
            worker.cancelHere(jobId);
        }
        return true;
    }

    @Override
    public boolean delete(long userId, long jobId) {
        return store.deleteJob(userId, jobId);
    }

    @Override
    public List<EpochMetrics> epochs(long userId, long runId) {
        return store.epochs(userId, runId);
    }

    @Override
    public List<RunLogLine> log(long userId, long runId) {
        return store.log(userId, runId);
    }

    @Override
    public AutoCloseable listen(Consumer<TrainingEvent> listener) {
        return events.listen(listener);
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.close();
        }
    }
}
