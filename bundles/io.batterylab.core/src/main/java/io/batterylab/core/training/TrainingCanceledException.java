package io.batterylab.core.training;

/** Thrown by an algorithm that saw {@link TrainingMonitor#isCanceled()}. */
public class TrainingCanceledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TrainingCanceledException() {
        super("training canceled");
    }
}
