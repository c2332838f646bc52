package io.batterylab.core.training;

import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import java.time.Instant;
import java.util.List;

/**
 * A trained model kept for prediction: what produced it and how well it did. Its files live under
 * {@code data/{userId}/models/{id}/}.
 *
 * @param runId the training run that produced it; null for an imported model
 * @param settingsJson the full settings of the run
 * @param dataset the cells it was trained, validated and tested on
 * @param validation metrics of the last epoch on the validation cells, null without them
 * @param test metrics on the test cells, null without them
 */
public record ModelVersion(long id, long userId, Long runId, String algorithmId, String algorithmVersion, Target target,
        List<Feature> features, String settingsJson, DatasetSelection dataset, Metrics validation, Metrics test,
        Instant createdAt) {
    public ModelVersion {
        features = List.copyOf(features);
    }
}
