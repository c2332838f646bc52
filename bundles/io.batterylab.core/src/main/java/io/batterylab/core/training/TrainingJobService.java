package io.batterylab.core.training;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Training jobs of a user: submitted here, run by workers separate from the caller, persisted with their status,
 * per-epoch metrics and log. Every method takes the acting user's id; other users' jobs do not exist for it.
 */
public interface TrainingJobService {
    /**
     * Checks the spec (algorithms installed, targets supported, settings in bounds, cells visible to the user) and
     * queues the job as PENDING.
     *
     * @throws IllegalArgumentException naming what is wrong with the spec
     */
    TrainingJob submit(long userId, TrainingJobSpec spec);

    Optional<TrainingJob> find(long userId, long jobId);

    /** The user's jobs, newest first. */
    List<TrainingJob> list(long userId);

    /** Asks the job to stop: a pending job is canceled at once, a running run stops within one batch. */
    boolean cancel(long userId, long jobId);

    /**
     * Deletes a finished job (SUCCEEDED, FAILED or CANCELED) with its runs, metrics and log. Its model versions stay,
     * no longer linked to a run.
     *
     * @return false when the job is not the user's or not finished (cancel it first)
     */
    boolean delete(long userId, long jobId);

    /** Per-epoch metrics of a run so far. */
    List<EpochMetrics> epochs(long userId, long runId);

    List<RunLogLine> log(long userId, long runId);

    /** Hears every event of jobs run in this process until the returned handle is closed. */
    AutoCloseable listen(Consumer<TrainingEvent> listener);
}
