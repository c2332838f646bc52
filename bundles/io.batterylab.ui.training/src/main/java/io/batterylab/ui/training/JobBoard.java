package io.batterylab.ui.training;

import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.Metrics;
import io.batterylab.core.training.TrainingEvent;
import io.batterylab.core.training.TrainingJob;
import io.batterylab.core.training.TrainingRun;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What the job view knows of one training job: the stored job as loaded (so reopening shows where it is), then kept
 * current by the live events: per run its epochs, its log, its status, and its test metrics once its model exists.
 */
public final class JobBoard {
    private TrainingJob job;
    /**
     * Per run its epochs by number: the stored epochs and the live events overlap (an event can arrive for an epoch
     * the stored list already holds, or the stored list can be read after some events), and an epoch is one point.
     */
    private final Map<Long, NavigableMap<Integer, EpochMetrics>> epochs = new HashMap<>();
    private final Map<Long, StringBuilder> logs = new HashMap<>();
    private final Map<Long, JobStatus> runStatus = new HashMap<>();
    private final Map<Long, Metrics> tests = new HashMap<>();
    private JobStatus status;

    public JobBoard(TrainingJob job) {
        reload(job);
    }

    /** Takes the stored state of the job (its runs and statuses); epochs and logs are kept. */
    public void reload(TrainingJob stored) {
        this.job = stored;
        this.status = stored.status();
        stored.runs().forEach(r -> runStatus.put(r.id(), r.status()));
    }

    public void epochs(long runId, List<EpochMetrics> stored) {
        NavigableMap<Integer, EpochMetrics> run = epochsOf(runId);
        stored.forEach(m -> run.put(m.epoch(), m));
    }

    private NavigableMap<Integer, EpochMetrics> epochsOf(long runId) {
        return epochs.computeIfAbsent(runId, k -> new TreeMap<>());
    }

    public void log(long runId, List<String> lines) {
        StringBuilder log = new StringBuilder();
        lines.forEach(l -> log.append(l).append('\n'));
        logs.put(runId, log);
    }

    public void test(long runId, Metrics metrics) {
        tests.put(runId, metrics);
    }

    /** Applies a live event of this job; false for events of other jobs. */
    public boolean apply(TrainingEvent event) {
        if (event.jobId() != job.id() || event.userId() != job.userId()) {
            return false;
        }
        switch (event) {
            case TrainingEvent.JobChanged c -> status = c.status();
            case TrainingEvent.RunChanged c -> runStatus.put(c.runId(), c.status());
            case TrainingEvent.EpochReported e -> epochsOf(e.runId()).put(e.metrics().epoch(), e.metrics());
            case TrainingEvent.LogAppended l -> logs.computeIfAbsent(l.runId(), k -> new StringBuilder())
                    .append(l.line()).append('\n');
        }
        return true;
    }

    public TrainingJob job() {
        return job;
    }

    public JobStatus status() {
        return status;
    }

    public JobStatus status(TrainingRun run) {
        return runStatus.getOrDefault(run.id(), run.status());
    }

    public List<EpochMetrics> epochs(TrainingRun run) {
        return List.copyOf(epochs.getOrDefault(run.id(), Collections.emptyNavigableMap()).values());
    }

    public String log(TrainingRun run) {
        return logs.getOrDefault(run.id(), new StringBuilder()).toString();
    }

    public Metrics test(TrainingRun run) {
        return tests.get(run.id());
    }

    /** Done share of all runs' epochs, 0..1. */
    public double progress() {
        if (status == JobStatus.SUCCEEDED) {
            return 1;
        }
        return job.runs().stream().mapToDouble(r -> {
            NavigableMap<Integer, EpochMetrics> done = epochs.getOrDefault(r.id(), Collections.emptyNavigableMap());
            if (status(r).isFinal()) {
                return 1;
            }
            return done.isEmpty() ? 0 : (double) done.lastKey() / done.lastEntry().getValue().epochs();
        }).average().orElse(0);
    }
}
