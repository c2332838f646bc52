package io.batterylab.core.training;

import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import io.batterylab.core.model.TargetChoice;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A trained model kept for prediction: what produced it and how well it did. Its files live under
 * {@code data/{userId}/models/{id}/}; a model version of both targets holds one model per target there.
 *
 * @param runId the training run that produced it; null for an imported model
 * @param target what it predicts: RUL, PCL or both
 * @param settingsJson the full settings of the run
 * @param dataset the cells it was trained, validated and tested on
 * @param validationByTarget metrics of the last epoch on the validation cells per target, empty without them
 * @param testByTarget metrics on the test cells per target, empty without them
 */
public record ModelVersion(long id, long userId, Long runId, String algorithmId, String algorithmVersion,
        TargetChoice target, List<Feature> features, String settingsJson, DatasetSelection dataset,
        Map<Target, Metrics> validationByTarget, Map<Target, Metrics> testByTarget, Instant createdAt) {
    public ModelVersion {
        features = List.copyOf(features);
        validationByTarget = copy(validationByTarget);
        testByTarget = copy(testByTarget);
    }

    /** A model version of one target. */
    public ModelVersion(long id, long userId, Long runId, String algorithmId, String algorithmVersion, Target target,
            List<Feature> features, String settingsJson, DatasetSelection dataset, Metrics validation, Metrics test,
            Instant createdAt) {
        this(id, userId, runId, algorithmId, algorithmVersion, TargetChoice.of(target), features, settingsJson, dataset,
                single(target, validation), single(target, test), createdAt);
    }

    /** The targets it predicts, RUL before PCL. */
    public List<Target> targets() {
        return target.targets();
    }

    /** Validation metrics of its first target (RUL for both); null without validation cells. */
    public Metrics validation() {
        return validationByTarget.get(targets().get(0));
    }

    /** Test metrics of its first target (RUL for both); null without test cells. */
    public Metrics test() {
        return testByTarget.get(targets().get(0));
    }

    /** Metrics per target in target order, leaving out targets without metrics (a null map is none). */
    public static Map<Target, Metrics> copy(Map<Target, Metrics> metrics) {
        Map<Target, Metrics> copy = new EnumMap<>(Target.class);
        if (metrics != null) {
            metrics.forEach((t, m) -> {
                if (t != null && m != null) {
                    copy.put(t, m);
                }
            });
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Map<Target, Metrics> single(Target target, Metrics metrics) {
        return metrics == null ? Map.of() : Map.of(target, metrics);
    }
}
