package io.batterylab.storage;

import io.batterylab.core.model.Feature;
import io.batterylab.core.model.TargetChoice;
import io.batterylab.core.training.DatasetSelection;
import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.ModelVersion;
import io.batterylab.core.training.RunLogLine;
import io.batterylab.core.training.TrainingJob;
import java.util.List;
import java.util.Optional;

/**
 * Training jobs, their runs, metrics and logs, and model versions in the database; also the job queue that worker
 * processes share. Methods with a user id see only that user's rows; the worker methods (claim, heartbeat,
 * recovery, progress) act on jobs by id and are called only by workers.
 */
public interface TrainingStore extends JobQueueStore {
    /** A run as submitted. */
    record NewRun(String algorithmId, List<Feature> features, String settingsJson) {
    }

    /** Stores a PENDING job with PENDING runs. */
    TrainingJob createJob(long userId, String name, TargetChoice target, DatasetSelection dataset, List<NewRun> runs);

    Optional<TrainingJob> findJob(long userId, long jobId);

    /** Newest first. */
    List<TrainingJob> jobs(long userId);

    /** Any user's job, for the worker running it. */
    Optional<TrainingJob> job(long jobId);

    /**
     * Claims the oldest PENDING job for the worker (PENDING to RUNNING with worker and heartbeat set). Of several
     * workers claiming at once, exactly one gets each job.
     */
    Optional<TrainingJob> claimNext(String workerId);

    /**
     * Asks the user's job to stop. A PENDING job becomes CANCELED at once with its runs.
     *
     * @return false when the job is not the user's or already final
     */
    boolean requestCancel(long userId, long jobId);

    /**
     * Deletes the user's job if it is final, with its runs, epochs and log lines; its model versions lose their run.
     *
     * @return false when the job is not the user's or not final
     */
    boolean deleteJob(long userId, long jobId);

    void runStarted(long runId);

    /** Final state of a run that is not final yet. */
    void runFinished(long runId, JobStatus status, String error, Long modelVersionId);

    /** Final state of a job still RUNNING under this worker; false when recovery failed it meanwhile. */
    boolean jobFinished(long jobId, String workerId, JobStatus status, String error);

    /**
     * Stores an epoch of a RUNNING run once (a write repeated after a lost connection is not stored twice).
     *
     * @throws IllegalStateException when the run is not RUNNING any more (recovery failed its job)
     */
    void addEpoch(long runId, EpochMetrics metrics);

    List<EpochMetrics> epochs(long userId, long runId);

    /**
     * Stores a log line of a RUNNING run once, like {@link #addEpoch}.
     *
     * @param lineNumber the line's number in the run, from 1; unique per run
     */
    void addLog(long runId, int lineNumber, String line);

    List<RunLogLine> log(long userId, long runId);

    /** Stores a model version's metadata; the id of the given one is ignored. */
    ModelVersion addModelVersion(ModelVersion version);

    /** Newest first. */
    List<ModelVersion> modelVersions(long userId);

    Optional<ModelVersion> findModelVersion(long userId, long modelVersionId);

    boolean deleteModelVersion(long userId, long modelVersionId);
}
