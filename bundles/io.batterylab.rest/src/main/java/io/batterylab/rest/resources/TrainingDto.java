package io.batterylab.rest.resources;

import com.fasterxml.jackson.databind.JsonNode;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import io.batterylab.core.training.DatasetSelection;
import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.Metrics;
import io.batterylab.core.training.ModelVersion;
import io.batterylab.core.training.RunLogLine;
import io.batterylab.core.training.TrainingJob;
import io.batterylab.core.training.TrainingRun;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSON shapes of algorithms, training jobs and model versions. Statuses are lower case like the other keys of
 * the API; settings are the JSON object the run was given; a metric that is undefined (e.g. R² of a constant truth)
 * is null.
 */
public final class TrainingDto {
    private TrainingDto() {
    }

    /**
     * @param targets what it can predict; a training job of both trains these
     * @param bothTargets how it trains both targets: model_per_target (one model per target under one model version)
     * @param settingsSchema JSON Schema of the settings, generated from the algorithm's {@code @Setting}s
     */
    public record AlgorithmView(String id, String name, String version, List<String> targets, String bothTargets,
            JsonNode settingsSchema) {
    }

    public record AlgorithmList(List<AlgorithmView> items) {
    }

    /** The spec of {@code batterylab-train}, as JSON: cells by id or by name. */
    public record TrainingSpecForm(String name, String target, CellsForm cells, RowSplitForm rowLevelSplit,
            List<RunForm> runs) {
    }

    /** Battery ids (numbers) or names (text) as the caller sees them. */
    public record CellsForm(List<Object> train, List<Object> validation, List<Object> test) {
    }

    public record RowSplitForm(Double validationFraction, Double testFraction, Long seed) {
    }

    /** @param settings the algorithm's settings to change; the rest keep their defaults */
    public record RunForm(String algorithm, List<String> features, Map<String, Object> settings) {
    }

    public record MetricsView(int count, Double mse, Double rmse, Double mae, Double r2, Double rmspe, int rmspeExcluded) {
        static MetricsView of(Metrics m) {
            return m == null ? null : new MetricsView(m.count(), Dto.finite(m.mse()), Dto.finite(m.rmse()),
                    Dto.finite(m.mae()), Dto.finite(m.r2()), Dto.finite(m.rmspe()), m.rmspeExcluded());
        }
    }

    public record EpochView(int epoch, int epochs, Double loss, Double validationLoss, MetricsView validation) {
        static EpochView of(EpochMetrics e) {
            return new EpochView(e.epoch(), e.epochs(), Dto.finite(e.loss()), Dto.finite(e.validationLoss()),
                    MetricsView.of(e.validation()));
        }
    }

    /** @param latest the run's last epoch so far; only in the answer for one job, null in lists */
    public record RunView(long id, int index, String algorithmId, List<String> features, JsonNode settings,
            String status, String error, Long modelVersionId, String startedAt, String finishedAt, EpochView latest) {
        static RunView of(TrainingRun r, Function<String, JsonNode> settings, EpochView latest) {
            return new RunView(r.id(), r.index(), r.algorithmId(), keys(r.features()), settings.apply(r.settingsJson()),
                    lower(r.status()), r.error(), r.modelVersionId(), time(r.startedAt()), time(r.finishedAt()), latest);
        }
    }

    public record TrainingJobView(long id, String name, String target, String status, String error,
            DatasetSelection dataset, String createdAt, String startedAt, String finishedAt, List<RunView> runs) {
        static TrainingJobView of(TrainingJob j, List<RunView> runs) {
            return new TrainingJobView(j.id(), j.name(), j.target().key(), lower(j.status()), j.error(), j.dataset(),
                    time(j.createdAt()), time(j.startedAt()), time(j.finishedAt()), runs);
        }
    }

    public record TrainingJobList(List<TrainingJobView> items) {
    }

    /** One page of a run's epochs; {@code total} is the number of epochs stored so far. */
    public record EpochPage(long runId, int offset, int limit, int total, List<EpochView> items) {
    }

    public record LogLineView(String at, String line) {
        static LogLineView of(RunLogLine l) {
            return new LogLineView(time(l.at()), l.line());
        }
    }

    /** One page of a run's log; {@code total} is the number of lines stored so far. */
    public record LogPage(long runId, int offset, int limit, int total, List<LogLineView> items) {
    }

    /**
     * @param runId the training run that made it; null for an imported model or after its job was deleted
     * @param target rul, pcl or both
     * @param targets the targets it predicts ("rul", "pcl"), what a test job of it scores
     * @param validation validation metrics of its first target (rul for both)
     * @param test test metrics of its first target (rul for both)
     * @param validationByTarget validation metrics by target key
     * @param testByTarget test metrics by target key
     */
    public record ModelVersionView(long id, Long runId, String algorithmId, String algorithmVersion, String target,
            List<String> targets, List<String> features, JsonNode settings, DatasetSelection dataset,
            MetricsView validation, MetricsView test, Map<String, MetricsView> validationByTarget,
            Map<String, MetricsView> testByTarget, String createdAt) {
        static ModelVersionView of(ModelVersion v, Function<String, JsonNode> settings) {
            return new ModelVersionView(v.id(), v.runId(), v.algorithmId(), v.algorithmVersion(), v.target().key(),
                    v.targets().stream().map(Target::key).toList(), keys(v.features()), settings.apply(v.settingsJson()),
                    v.dataset(), MetricsView.of(v.validation()), MetricsView.of(v.test()),
                    byKey(v.validationByTarget()), byKey(v.testByTarget()), time(v.createdAt()));
        }

        private static Map<String, MetricsView> byKey(Map<Target, Metrics> metrics) {
            Map<String, MetricsView> views = new LinkedHashMap<>();
            metrics.forEach((target, m) -> views.put(target.key(), MetricsView.of(m)));
            return views;
        }
    }

    public record ModelVersionList(List<ModelVersionView> items) {
    }

    /** The multipart form of an import: one archive part named {@code file}, as the export wrote it. */
    public record ArchiveForm(byte[] file) {
    }

    static String lower(Enum<?> status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static List<String> keys(List<Feature> features) {
        return features.stream().map(Feature::key).toList();
    }

    static String time(Instant t) {
        return t == null ? null : t.toString();
    }
}
