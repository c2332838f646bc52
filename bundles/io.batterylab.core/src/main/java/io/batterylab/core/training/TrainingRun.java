package io.batterylab.core.training;

import io.batterylab.core.model.Feature;
import java.time.Instant;
import java.util.List;

/**
 * One algorithm run of a stored training job.
 *
 * @param settingsJson the run's settings as JSON (the algorithm's settings record)
 * @param modelVersionId the model version it produced, null unless SUCCEEDED
 * @param error why it failed, null otherwise
 */
public record TrainingRun(long id, long jobId, int index, String algorithmId, List<Feature> features,
        String settingsJson, JobStatus status, String error, Long modelVersionId, Instant startedAt, Instant finishedAt) {
    public TrainingRun {
        features = List.copyOf(features);
    }
}
