package io.batterylab.core.training;

/** Life cycle of a training job and of each run in it: PENDING, RUNNING, then one of the final three. */
public enum JobStatus {
    PENDING,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELED;

    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELED;
    }
}
