package io.batterylab.core.service;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Something that happened to one of a user's jobs: a status change, the metrics of an epoch, a log line. Published
 * by the job runners into {@link JobEvents}; the workbench and the REST event stream show them live.
 *
 * @param kind what happened, e.g. {@value #STATUS}, {@value #METRICS}, {@value #LOG}
 * @param jobId the job it belongs to
 * @param runId the algorithm run inside the job, null when the event is about the whole job
 * @param time when it happened
 * @param data the details as JSON-friendly values (strings, numbers, booleans, nested lists/maps); copied
 */
public record JobEvent(String kind, long jobId, Long runId, Instant time, Map<String, Object> data) {
    public static final String STATUS = "status";
    public static final String METRICS = "metrics";
    public static final String LOG = "log";

    public JobEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(time, "time");
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}
