package io.batterylab.core.testing;

import java.util.List;
import java.util.Optional;

/**
 * Test jobs of a user: submitted here, run by the same workers as training jobs, results stored per user. Every method
 * takes the acting user's id; other users' jobs do not exist for it.
 */
public interface TestJobService {
    /**
     * Checks the spec (the model version and cells are the user's, the targets are the model's, a horizon h > 0 only for
     * an algorithm that can predict ahead) and queues the job as PENDING.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    TestJob submit(long userId, TestJobSpec spec);

    Optional<TestJob> find(long userId, long jobId);

    /** Newest first. */
    List<TestJob> list(long userId);

    /** A pending job is canceled at once, a running one after the cell it is on; false when not the user's or final. */
    boolean cancel(long userId, long jobId);

    /** Deletes a finished job with its results; false when not the user's or not finished. */
    boolean delete(long userId, long jobId);

    /** Per-cell metrics in cell order; empty for another user's job. */
    List<BatteryMetrics> perBattery(long userId, long jobId);

    /** Number of detail rows, of one cell or (batteryId null) of all. */
    long detailCount(long userId, long jobId, Long batteryId);

    /**
     * A page of detail rows ordered by cell then input cycle, of one cell or (batteryId null) of all.
     */
    List<TestDetail> details(long userId, long jobId, Long batteryId, long offset, int limit);
}
