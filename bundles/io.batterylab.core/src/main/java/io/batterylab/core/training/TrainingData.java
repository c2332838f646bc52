package io.batterylab.core.training;

import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import java.util.List;

/**
 * What one training run learns from: the cells of each split (split by cell, unless the job asked
 * for a row-level split, which leaks), the selected input features and the target.
 */
public record TrainingData(Target target, List<Feature> features, List<BatterySeries> train,
        List<BatterySeries> validation) {
    public TrainingData {
        features = List.copyOf(features);
        train = List.copyOf(train);
        validation = List.copyOf(validation);
        if (features.isEmpty()) {
            throw new IllegalArgumentException("select at least one feature");
        }
        if (train.isEmpty()) {
            throw new IllegalArgumentException("select at least one training cell");
        }
    }
}
