package io.batterylab.core.service;

/** Progress of long work, reported as done out of total units with a message for people. */
@FunctionalInterface
public interface Progress {
    void worked(long done, long total, String message);

    static Progress none() {
        return (done, total, message) -> { };
    }
}
