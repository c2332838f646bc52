package io.batterylab.jobs;

import io.batterylab.storage.JobQueueStore;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One kind of job that a {@link TrainingWorker} works (training jobs, test jobs): the shared queue in the database and
 * how to run a claimed job.
 */
abstract class WorkQueue {
    private final JobQueueStore store;

    WorkQueue(JobQueueStore store) {
        this.store = store;
    }

    /** E.g. "training" or "test", for thread names and log lines. */
    abstract String kind();

    /**
     * A job claimed by this worker.
     *
     * @param run runs the job to its end on the calling thread, stopping soon after the flag it gets is set
     */
    record Claim(long jobId, Consumer<AtomicBoolean> run) {
    }

    abstract Optional<Claim> claimNext(String workerId);

    /** After recovery failed the job (its worker was lost): cleans up and tells listeners. */
    abstract void failed(long jobId);

    /** The job's thread broke with an unexpected failure: the job is failed with it. */
    abstract void broke(long jobId, String workerId, String error);

    Set<Long> heartbeat(String workerId, Collection<Long> jobIds) {
        return store.heartbeat(workerId, jobIds);
    }

    Set<Long> cancelRequested(Collection<Long> jobIds) {
        return store.cancelRequested(jobIds);
    }

    List<Long> failStale(Instant heartbeatBefore, Function<String, String> reason) {
        return store.failStale(heartbeatBefore, reason);
    }
}
