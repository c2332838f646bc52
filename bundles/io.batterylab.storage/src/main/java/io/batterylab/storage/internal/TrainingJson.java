package io.batterylab.storage.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import io.batterylab.core.model.TargetChoice;
import io.batterylab.core.training.DatasetSelection;
import io.batterylab.core.training.Metrics;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Stored forms of the values of training jobs and model versions. */
public final class TrainingJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private TrainingJson() {
    }

    public static String write(Object value) {
        try {
            return value == null ? null : MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot store " + value + ": " + e.getMessage(), e);
        }
    }

    public static DatasetSelection dataset(String json) {
        return read(json, DatasetSelection.class);
    }

    public static Metrics metrics(String json) {
        return json == null ? null : read(json, Metrics.class);
    }

    /**
     * A model version's metrics per target: of one target, the metrics object as before "both" existed; of both, an
     * object of metrics by target name.
     */
    public static String metrics(TargetChoice choice, Map<Target, Metrics> byTarget) {
        if (byTarget.isEmpty()) {
            return null;
        }
        return choice == TargetChoice.BOTH ? write(byTarget) : write(byTarget.get(choice.targets().get(0)));
    }

    /** Reads what {@link #metrics(TargetChoice, Map)} wrote. */
    public static Map<Target, Metrics> metrics(TargetChoice choice, String json) {
        if (json == null) {
            return Map.of();
        }
        if (choice != TargetChoice.BOTH) {
            return Map.of(choice.targets().get(0), metrics(json));
        }
        try {
            Map<Target, Metrics> byTarget = new EnumMap<>(Target.class);
            for (var field : MAPPER.readTree(json).properties()) {
                byTarget.put(Target.valueOf(field.getKey()), MAPPER.treeToValue(field.getValue(), Metrics.class));
            }
            return byTarget;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("stored metrics by target are damaged: " + e.getMessage(), e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is damaged: " + e.getMessage(), e);
        }
    }

    /** Feature keys, comma-separated. */
    public static String features(List<Feature> features) {
        return features.stream().map(Feature::key).collect(Collectors.joining(","));
    }

    public static List<Feature> features(String keys) {
        return Arrays.stream(keys.split(",")).map(k -> Feature.byKey(k)
                .orElseThrow(() -> new IllegalStateException("unknown stored feature '" + k + "'"))).toList();
    }
}
