package io.batterylab.storage;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What the workers of one kind of job share in the database: heartbeats of running jobs, cancel requests from their
 * owners, and recovery of jobs whose worker stopped beating. Training and test jobs are such queues.
 */
public interface JobQueueStore {
    /**
     * Refreshes the heartbeat of the worker's RUNNING jobs among {@code jobIds}.
     *
     * @return the ids still RUNNING under this worker (a job failed by recovery in the meantime is missing)
     */
    Set<Long> heartbeat(String workerId, Collection<Long> jobIds);

    /** Of the given jobs, those whose owner asked to cancel. */
    Set<Long> cancelRequested(Collection<Long> jobIds);

    /**
     * Fails every RUNNING job whose heartbeat is older than {@code heartbeatBefore} (its worker died).
     *
     * @param reason the jobs' error message from the id of the worker that stopped beating
     * @return ids of the jobs failed now
     */
    List<Long> failStale(Instant heartbeatBefore, Function<String, String> reason);
}
