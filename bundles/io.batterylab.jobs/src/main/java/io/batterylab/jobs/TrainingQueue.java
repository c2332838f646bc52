package io.batterylab.jobs;

import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.TrainingEvent;
import io.batterylab.storage.TrainingStore;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The training jobs as a {@link WorkQueue}. */
final class TrainingQueue extends WorkQueue {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingQueue.class);
    private final TrainingStore store;
    private final JobRunner runner;
    private final ModelVersions versions;
    private final TrainingEvents events;

    TrainingQueue(TrainingStore store, JobRunner runner, ModelVersions versions, TrainingEvents events) {
        super(store);
        this.store = store;
        this.runner = runner;
        this.versions = versions;
        this.events = events;
    }

    @Override
    String kind() {
        return "training";
    }

    @Override
    Optional<Claim> claimNext(String workerId) {
        return store.claimNext(workerId).map(job -> new Claim(job.id(), canceled -> runner.run(job, canceled, workerId)));
    }

    @Override
    void failed(long jobId) {
        store.job(jobId).ifPresent(job -> {
            LOG.warn("training job {} failed: {}", jobId, job.error());
            versions.discardUnfinished(job);
            events.publish(new TrainingEvent.JobChanged(job.userId(), jobId, JobStatus.FAILED));
        });
    }

    @Override
    void broke(long jobId, String workerId, String error) {
        store.jobFinished(jobId, workerId, JobStatus.FAILED, error);
    }
}
