package io.batterylab.core.training;

import io.batterylab.core.model.Target;
import java.time.Instant;
import java.util.List;

/** A stored training job with its runs, owned by one user. */
public record TrainingJob(long id, long userId, String name, Target target, DatasetSelection dataset, JobStatus status,
        String error, Instant createdAt, Instant startedAt, Instant finishedAt, List<TrainingRun> runs) {
    public TrainingJob {
        runs = List.copyOf(runs);
    }
}
