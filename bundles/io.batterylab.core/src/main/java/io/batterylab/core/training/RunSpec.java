package io.batterylab.core.training;

import io.batterylab.core.model.Feature;
import java.util.List;

/**
 * One algorithm run of a training job.
 *
 * @param algorithmId id of an installed {@link Algorithm}
 * @param features input features in order
 * @param settings the algorithm's settings record; null for its defaults
 */
public record RunSpec(String algorithmId, List<Feature> features, Record settings) {
    public RunSpec {
        if (algorithmId == null || algorithmId.isBlank()) {
            throw new IllegalArgumentException("a run needs an algorithm");
        }
        features = List.copyOf(features);
        if (features.isEmpty()) {
            throw new IllegalArgumentException("select at least one feature for " + algorithmId);
        }
    }
}
