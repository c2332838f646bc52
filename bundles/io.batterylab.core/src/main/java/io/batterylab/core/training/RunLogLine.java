package io.batterylab.core.training;

import java.time.Instant;

/** One line of a run's log. */
public record RunLogLine(long runId, Instant at, String line) {
}
