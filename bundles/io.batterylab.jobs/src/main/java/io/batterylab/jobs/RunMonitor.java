package io.batterylab.jobs;

import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.TrainingEvent;
import io.batterylab.core.training.TrainingMonitor;
import io.batterylab.storage.TrainingStore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A run's progress: every epoch and log line is stored and published; cancel is the job's flag. Log lines are
 * numbered so that a line written again after a lost connection is stored once.
 */
final class RunMonitor implements TrainingMonitor {
    private final TrainingStore store;
    private final TrainingEvents events;
    private final long userId;
    private final long jobId;
    private final long runId;
    private final AtomicBoolean canceled;
    private EpochMetrics last;
    private int lines;

    RunMonitor(TrainingStore store, TrainingEvents events, long userId, long jobId, long runId, AtomicBoolean canceled) {
        this.store = store;
        this.events = events;
        this.userId = userId;
        this.jobId = jobId;
        this.runId = runId;
        this.canceled = canceled;
    }

    @Override
    public void epoch(EpochMetrics metrics) {
        last = metrics;
        store.addEpoch(runId, metrics);
        events.publish(new TrainingEvent.EpochReported(userId, jobId, runId, metrics));
    }

    @Override
    public synchronized void log(String line) {
        store.addLog(runId, ++lines, line);
        events.publish(new TrainingEvent.LogAppended(userId, jobId, runId, line));
    }

    @Override
    public boolean isCanceled() {
        return canceled.get();
    }

    /** The last epoch reported, null before the first. */
    EpochMetrics last() {
        return last;
    }
}
