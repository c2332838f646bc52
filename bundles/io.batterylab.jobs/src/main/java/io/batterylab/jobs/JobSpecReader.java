package io.batterylab.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.batterylab.core.model.Battery;
import io.batterylab.core.model.BatteryFilter;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.TargetChoice;
import io.batterylab.core.service.BatteryService;
import io.batterylab.core.settings.Settings;
import io.batterylab.core.training.Algorithm;
import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.core.training.DatasetSelection;
import io.batterylab.core.training.RunSpec;
import io.batterylab.core.training.TrainingJobSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a training-job spec written by hand, as JSON or YAML:
 *
 * <pre>
 * name: case A
 * target: rul                      # or pcl, or both (each algorithm trains the targets it supports)
 * cells:                           # battery ids or names, as the user sees them
 *   train: [b1c0, b1c1]
 *   validation: [b1c2]
 *   test: [b1c3]
 * rowLevelSplit: {validationFraction: 0.2, testFraction: 0.1, seed: 1}   # optional; leaks
 * runs:
 *   - algorithm: baseline
 *     features: [dq_slope, dq_intercept, t_avg]
 *     settings: {epochs: 100, learningRate: 0.001}   # the rest keeps the algorithm's defaults
 * </pre>
 */
public final class JobSpecReader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final BatteryService batteries;
    private final AlgorithmRegistry algorithms;

    public JobSpecReader(BatteryService batteries, AlgorithmRegistry algorithms) {
        this.batteries = batteries;
        this.algorithms = algorithms;
    }

    /**
     * @param text JSON or YAML (JSON is YAML)
     * @throws IllegalArgumentException naming the field that is wrong
     */
    public TrainingJobSpec read(long userId, String text) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("the spec is neither JSON nor YAML: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the spec must be an object with target, cells and runs");
        }
        TargetChoice target = TargetChoice.byKey(required(root, "target").asText())
                .orElseThrow(() -> new IllegalArgumentException("target must be rul, pcl or both"));
        JsonNode cells = required(root, "cells");
        Map<String, List<Battery>> byName = batteries.list(userId, new BatteryFilter(null, null, null, null, null)).stream()
                .collect(Collectors.groupingBy(Battery::name));
        DatasetSelection.RowLevelSplit rowSplit = null;
        if (root.hasNonNull("rowLevelSplit")) {
            JsonNode r = root.get("rowLevelSplit");
            rowSplit = new DatasetSelection.RowLevelSplit(r.path("validationFraction").asDouble(0),
                    r.path("testFraction").asDouble(0), r.path("seed").asLong(1));
        }
        DatasetSelection dataset = new DatasetSelection(ids(userId, cells.path("train"), byName, "cells.train"),
                ids(userId, cells.path("validation"), byName, "cells.validation"),
                ids(userId, cells.path("test"), byName, "cells.test"), rowSplit);
        List<RunSpec> runs = new ArrayList<>();
        int index = 0;
        for (JsonNode run : required(root, "runs")) {
            runs.add(run(run, "runs[" + index++ + "]"));
        }
        return new TrainingJobSpec(root.path("name").asText(null), target, dataset, runs);
    }

    private RunSpec run(JsonNode run, String where) {
        String id = required(run, "algorithm").asText();
        Algorithm algorithm = algorithms.find(id).orElseThrow(() -> new IllegalArgumentException(where
                + ".algorithm: '" + id + "' is not installed; installed: "
                + algorithms.all().stream().map(Algorithm::id).collect(Collectors.joining(", "))));
        List<Feature> features = new ArrayList<>();
        for (JsonNode f : required(run, "features")) {
            features.add(Feature.byKey(f.asText()).orElseThrow(() -> new IllegalArgumentException(where
                    + ".features: unknown feature '" + f.asText() + "'")));
        }
        String settings = run.has("settings") ? run.get("settings").toString() : "{}";
        try {
            // checked here too (submit checks again) so that a value out of bounds is named by its run
            Record checked = Settings.check(Json.settings(settings, algorithm.settingsType(), algorithm.defaultSettings()),
                    algorithm.settingsType());
            return new RunSpec(id, features, checked);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ".settings: " + e.getMessage(), e);
        }
    }

    private List<Long> ids(long userId, JsonNode list, Map<String, List<Battery>> byName, String where) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode cell : list) {
            if (cell.isIntegralNumber()) {
                long id = cell.asLong();
                batteries.find(userId, id).orElseThrow(() -> new IllegalArgumentException(where + ": battery " + id
                        + " does not exist or is not yours"));
                ids.add(id);
                continue;
            }
            List<Battery> named = byName.getOrDefault(cell.asText(), List.of());
            if (named.size() != 1) {
                throw new IllegalArgumentException(where + ": " + (named.isEmpty() ? "no battery is named '"
                        : "several batteries are named '") + cell.asText() + "'" + (named.isEmpty() ? "" : ": use its id"));
            }
            ids.add(named.get(0).id());
        }
        return ids;
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("'" + field + "' is missing");
        }
        return value;
    }
}
