package io.batterylab.jobs;

import io.batterylab.core.service.JobEvent;
import io.batterylab.core.service.JobEvents;
import io.batterylab.core.testing.TargetMetrics;
import io.batterylab.core.testing.TestJob;
import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.Metrics;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Publishes what happens to test jobs on the {@link JobEvents} bus: status, progress (current cell, done/total),
 * running metrics and log lines. Every event carries {@code "job": "test-job"}, since test and training job ids
 * overlap.
 */
final class TestJobEvents {
    static final String JOB_KIND = "test-job";
    static final String PROGRESS = "progress";
    private final JobEvents bus;

    /** @param bus null for none (nothing listens) */
    TestJobEvents(JobEvents bus) {
        this.bus = bus;
    }

    void status(TestJob job, JobStatus status, String error) {
        Map<String, Object> data = data();
        data.put("status", status.name());
        if (error != null) {
            data.put("error", error);
        }
        publish(job, JobEvent.STATUS, data);
    }

    void progress(TestJob job, String battery, int done, int total) {
        Map<String, Object> data = data();
        data.put("battery", battery);
        data.put("done", done);
        data.put("total", total);
        publish(job, PROGRESS, data);
    }

    void metrics(TestJob job, Iterable<TargetMetrics> metrics) {
        Map<String, Object> data = data();
        for (TargetMetrics tm : metrics) {
            data.put(tm.target().key(), values(tm.metrics()));
        }
        publish(job, JobEvent.METRICS, data);
    }

    void log(TestJob job, String line) {
        Map<String, Object> data = data();
        data.put("line", line);
        publish(job, JobEvent.LOG, data);
    }

    /** The figures of a metrics record; a NaN figure is left out (the event's data hold no nulls). */
    static Map<String, Object> values(Metrics m) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("count", m.count());
        putFinite(values, "mse", m.mse());
        putFinite(values, "rmse", m.rmse());
        putFinite(values, "mae", m.mae());
        putFinite(values, "r2", m.r2());
        putFinite(values, "rmspe", m.rmspe());
        values.put("rmspeExcluded", m.rmspeExcluded());
        return values;
    }

    /** Puts a figure unless it is NaN or infinite: the events' data hold no nulls and JSON has no NaN. */
    static void putFinite(Map<String, Object> values, String name, double value) {
        if (Double.isFinite(value)) {
            values.put(name, value);
        }
    }

    private static Map<String, Object> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("job", JOB_KIND);
        return data;
    }

    private void publish(TestJob job, String kind, Map<String, Object> data) {
        if (bus != null) {
            bus.publish(job.userId(), new JobEvent(kind, job.id(), null, Instant.now(), data));
        }
    }
}
