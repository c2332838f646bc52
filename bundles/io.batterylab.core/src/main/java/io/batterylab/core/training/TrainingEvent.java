package io.batterylab.core.training;

/** What listeners of training jobs hear about, as it happens (also persisted). */
public sealed interface TrainingEvent {
    long userId();

    long jobId();

    record JobChanged(long userId, long jobId, JobStatus status) implements TrainingEvent {
    }

    record RunChanged(long userId, long jobId, long runId, JobStatus status, String error) implements TrainingEvent {
    }

    record EpochReported(long userId, long jobId, long runId, EpochMetrics metrics) implements TrainingEvent {
    }

    record LogAppended(long userId, long jobId, long runId, String line) implements TrainingEvent {
    }
}
