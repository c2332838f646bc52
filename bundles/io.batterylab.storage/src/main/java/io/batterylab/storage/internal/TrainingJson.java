package io.batterylab.storage.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.batterylab.core.model.Feature;
import io.batterylab.core.training.DatasetSelection;
import io.batterylab.core.training.Metrics;
import java.util.Arrays;
import java.util.List;
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
