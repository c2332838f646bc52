package io.batterylab.core.testing;

import io.batterylab.core.model.Target;
import io.batterylab.core.training.JobStatus;
import java.time.Instant;
import java.util.List;

/**
 * A stored test job of one user, with its progress and (once it ran) its overall metrics.
 *
 * @param targets the targets scored, resolved at submit
 * @param batteriesDone cells evaluated so far
 * @param batteriesTotal cells to evaluate; 0 until the job has started
 * @param rowsSkipped rows whose cycle c + h had no row (beyond the last cycle), so far
 * @param overall metrics over all cells per target; empty until the job succeeded
 */
public record TestJob(long id, long userId, String name, TestJobSpec spec, List<Target> targets,
        JobStatus status, String error, int batteriesDone, int batteriesTotal, int rowsSkipped,
        List<TargetMetrics> overall, Instant createdAt, Instant startedAt, Instant finishedAt) {
    public TestJob {
        targets = List.copyOf(targets);
        overall = List.copyOf(overall);
    }
}
