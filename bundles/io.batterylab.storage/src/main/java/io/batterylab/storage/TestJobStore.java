package io.batterylab.storage;

import io.batterylab.core.model.Target;
import io.batterylab.core.testing.BatteryMetrics;
import io.batterylab.core.testing.TargetMetrics;
import io.batterylab.core.testing.TestDetail;
import io.batterylab.core.testing.TestJob;
import io.batterylab.core.testing.TestJobSpec;
import io.batterylab.core.training.JobStatus;
import java.util.List;
import java.util.Optional;

/**
 * Test jobs and their results in the database; the jobs are a queue like the training jobs'. Methods with a user id
 * see only that user's rows; the worker methods act on jobs by id and are called only by workers.
 */
public interface TestJobStore extends JobQueueStore {
    /** Stores a PENDING job. */
    TestJob create(long userId, TestJobSpec spec, List<Target> targets);

    Optional<TestJob> find(long userId, long jobId);

    /** Newest first. */
    List<TestJob> jobs(long userId);

    /** Any user's job, for the worker running it. */
    Optional<TestJob> job(long jobId);

    /** Claims the oldest PENDING job for the worker; of several workers claiming at once, exactly one gets each. */
    Optional<TestJob> claimNext(String workerId);

    /** A PENDING job becomes CANCELED at once; a RUNNING one is flagged. False when not the user's or final. */
    boolean requestCancel(long userId, long jobId);

    /** Deletes the user's final job with its results; false when not the user's or not final. */
    boolean delete(long userId, long jobId);

    /** How many cells the running job has to evaluate. */
    void started(long jobId, int batteriesTotal);

    /**
     * Stores the results of one cell of a job RUNNING under this worker, all or nothing; written again (after a lost
     * connection) it replaces the first write.
     *
     * @throws IllegalStateException when the job is not running under this worker any more
     */
    void addBattery(long jobId, String workerId, BatteryMetrics metrics, List<TestDetail> details);

    /**
     * Final state of a job still RUNNING under this worker, with its overall metrics (empty unless it succeeded).
     *
     * @return false when recovery failed it meanwhile
     */
    boolean finish(long jobId, String workerId, JobStatus status, String error, List<TargetMetrics> overall);

    /** Per-cell results by battery id; empty for another user's job. */
    List<BatteryMetrics> perBattery(long userId, long jobId);

    /** Detail rows of one cell or (batteryId null) all cells; 0 for another user's job. */
    long detailCount(long userId, long jobId, Long batteryId);

    /** A page of detail rows ordered by battery id, then input cycle. */
    List<TestDetail> details(long userId, long jobId, Long batteryId, long offset, int limit);

    /**
     * The detail rows after a given one in the same order (keyset paging: each page costs the same however deep),
     * for streaming all of them.
     *
     * @param after the last row of the previous page; null for the first page
     */
    List<TestDetail> detailsAfter(long userId, long jobId, TestDetail after, int limit);
}
