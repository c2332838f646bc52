package io.batterylab.jobs;

import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.TrainingEvent;
import io.batterylab.storage.TrainingStore;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The training jobs as a {@link WorkQueue}. */
final class TrainingQueue implements WorkQueue {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingQueue.class);
    private final TrainingStore store;
    private final JobRunner runner;
    private final ModelVersions versions;
    private final TrainingEvents events;

    TrainingQueue(TrainingStore store, JobRunner runner, ModelVersions versions, TrainingEvents events) {
        this.store = store;
        this.runner = runner;
        this.versions = versions;
        this.events = events;
    }

    @Override
    public String kind() {
        return "training";
    }

    @Override
    public Optional<Claim> claimNext(String workerId) {
        return store.claimNext(workerId).map(job -> new Claim(job.id(), canceled -> runner.run(job, canceled, workerId)));
    }

    @Override
    public Set<Long> heartbeat(String workerId, Collection<Long> jobIds) {
        return store.heartbeat(workerId, jobIds);
    }

    @Override
    public Set<Long> cancelRequested(Collection<Long> jobIds) {
        return store.cancelRequested(jobIds);
    }

    @Override
    public List<Long> failStale(Instant heartbeatBefore, Function<String, String> reason) {
        return store.failStale(heartbeatBefore, reason);
    }

    @Override
    public void failed(long jobId) {
        store.job(jobId).ifPresent(job -> {
            LOG.warn("training job {} failed: {}", jobId, job.error());
            versions.discardUnfinished(job);
            events.publish(new TrainingEvent.JobChanged(job.userId(), jobId, JobStatus.FAILED));
        });
    }

    @Override
    public void broke(long jobId, String workerId, String error) {
        store.jobFinished(jobId, workerId, JobStatus.FAILED, error);
    }
}
