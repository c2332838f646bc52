package io.batterylab.core.training;

import io.batterylab.core.model.TargetChoice;
import java.time.Instant;
import java.util.List;

/** A stored training job with its runs, owned by one user. */
public record TrainingJob(long id, long userId, String name, TargetChoice target, DatasetSelection dataset, JobStatus status,
        String error, Instant createdAt, Instant startedAt, Instant finishedAt, List<TrainingRun> runs) {
    public TrainingJob {
        runs = List.copyOf(runs);
    }
}
