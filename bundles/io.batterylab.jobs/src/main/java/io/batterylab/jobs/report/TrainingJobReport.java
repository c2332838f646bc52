package io.batterylab.jobs.report;

import io.batterylab.core.model.Feature;
import io.batterylab.core.plugin.Report;
import io.batterylab.core.plugin.Report.Card;
import io.batterylab.core.plugin.Report.Chart;
import io.batterylab.core.plugin.Report.ChartKind;
import io.batterylab.core.plugin.Report.Series;
import io.batterylab.core.plugin.Report.Table;
import io.batterylab.core.training.DatasetSelection;
import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.Metrics;
import io.batterylab.core.training.ModelVersion;
import io.batterylab.core.training.TrainingJob;
import io.batterylab.core.training.TrainingRun;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * A finished training job's comparison as a {@link Report}: metadata (job, target, cells, each run's algorithm,
 * features and full settings), headline cards (runs, best validation and test RMSE), the table "runs × metrics" (one
 * row per run: status, epochs, final loss, validation and test metrics), the table "epochs" (every run's per-epoch
 * metrics) and per-epoch curves (training loss, validation loss, validation RMSE) as line charts, one series per run.
 * Runs are numbered from 1 in the order of the job's spec.
 */
public final class TrainingJobReport {
    static final List<String> RUN_COLUMNS = List.of("run", "algorithm", "status", "features", "epochs", "final loss",
            "validation RMSE", "validation MAE", "validation R2", "validation RMSPE (%)", "test rows", "test RMSE",
            "test MAE", "test R2", "test RMSPE (%)", "model version", "error", "target");
    static final List<String> EPOCH_COLUMNS = List.of("run", "algorithm", "epoch", "loss", "validation loss",
            "validation RMSE", "validation MAE", "validation R2", "validation RMSPE (%)");

    /** One run with what it produced. */
    public record RunResult(TrainingRun run, List<EpochMetrics> epochs, Optional<ModelVersion> version) {
        /** 1-based, as people count runs (the stored index is 0-based). */
        int number() {
            return run.index() + 1;
        }

        String label() {
            return "run " + number() + " · " + run.algorithmId();
        }

        /** The model version's validation metrics, else the last epoch's. */
        Metrics validation() {
            return version.map(ModelVersion::validation)
                    .orElse(epochs.isEmpty() ? null : epochs.get(epochs.size() - 1).validation());
        }

        Metrics test() {
            return version.map(ModelVersion::test).orElse(null);
        }
    }

    private TrainingJobReport() {
    }

    public static Report of(TrainingJob job, List<RunResult> runs) {
        String unit = job.target().unit();
        return new Report("Training job " + job.id() + ": " + job.name(), metadata(job, runs), cards(runs, unit),
                List.of(Table.of("runs × metrics", RUN_COLUMNS, runs.stream().flatMap(r -> runRows(r).stream()).toList()),
                        Table.of("epochs", EPOCH_COLUMNS, epochRows(runs))),
                charts(runs, job.target().label() + " (" + unit + ")"));
    }

    private static Map<String, String> metadata(TrainingJob job, List<RunResult> runs) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("training job", Long.toString(job.id()));
        m.put("name", job.name());
        m.put("target", job.target().key() + " (" + job.target().label() + ", " + job.target().unit() + ")");
        m.put("status", job.status().name());
        m.put("created", String.valueOf(job.createdAt()));
        m.put("started", String.valueOf(job.startedAt()));
        m.put("finished", String.valueOf(job.finishedAt()));
        if (job.error() != null) {
            m.put("error", job.error());
        }
        DatasetSelection d = job.dataset();
        m.put("training cells", ids(d.trainCells()));
        m.put("validation cells", ids(d.validationCells()));
        m.put("test cells", ids(d.testCells()));
        m.put("split", d.rowLevelSplit() == null ? "by cell"
                : "by row (leaks neighbouring cycles): validation " + d.rowLevelSplit().validationFraction()
                        + ", test " + d.rowLevelSplit().testFraction() + ", seed " + d.rowLevelSplit().seed());
        for (RunResult r : runs) {
            String run = "run " + r.number();
            m.put(run + " algorithm", r.run().algorithmId()
                    + r.version().map(v -> " " + v.algorithmVersion()).orElse(""));
            m.put(run + " features", features(r.run().features()));
            m.put(run + " settings", r.run().settingsJson());
        }
        return m;
    }

    private static List<Card> cards(List<RunResult> runs, String unit) {
        long succeeded = runs.stream().filter(r -> r.run().status() == io.batterylab.core.training.JobStatus.SUCCEEDED)
                .count();
        List<Card> cards = new ArrayList<>();
        cards.add(new Card("runs", Integer.toString(runs.size()), succeeded + " succeeded"));
        best(runs, RunResult::validation).ifPresent(r -> cards.add(new Card("best validation RMSE",
                number(r.validation().rmse()), unit + ", " + r.label())));
        best(runs, RunResult::test).ifPresent(r -> cards.add(new Card("best test RMSE", number(r.test().rmse()),
                unit + ", " + r.label())));
        return cards;
    }

    private static Optional<RunResult> best(List<RunResult> runs, java.util.function.Function<RunResult, Metrics> of) {
        return runs.stream().filter(r -> of.apply(r) != null && Double.isFinite(of.apply(r).rmse()))
                .min(java.util.Comparator.comparingDouble(r -> of.apply(r).rmse()));
    }

    /** A row per target of the run's model version (two for a version of both), else one row. */
    private static List<List<Object>> runRows(RunResult r) {
        if (r.version().isEmpty()) {
            return List.of(runRow(r, r.validation(), r.test(), null));
        }
        ModelVersion version = r.version().get();
        return version.targets().stream().map(t -> runRow(r, version.validationByTarget().get(t),
                version.testByTarget().get(t), t.key())).toList();
    }

    private static List<Object> runRow(RunResult r, Metrics v, Metrics t, String target) {
        TrainingRun run = r.run();
        double finalLoss = r.epochs().isEmpty() ? Double.NaN : r.epochs().get(r.epochs().size() - 1).loss();
        return Arrays.asList(r.number(), run.algorithmId(), run.status().name(), features(run.features()),
                r.epochs().size(), finalLoss, metric(v, Metrics::rmse), metric(v, Metrics::mae), metric(v, Metrics::r2),
                metric(v, Metrics::rmspe), t == null ? null : t.count(), metric(t, Metrics::rmse),
                metric(t, Metrics::mae), metric(t, Metrics::r2), metric(t, Metrics::rmspe),
                run.modelVersionId(), run.error(), target);
    }

    private static List<List<Object>> epochRows(List<RunResult> runs) {
        List<List<Object>> rows = new ArrayList<>();
        for (RunResult r : runs) {
            for (EpochMetrics e : r.epochs()) {
                Metrics v = e.validation();
                rows.add(Arrays.asList(r.number(), r.run().algorithmId(), e.epoch(), e.loss(), e.validationLoss(),
                        metric(v, Metrics::rmse), metric(v, Metrics::mae), metric(v, Metrics::r2),
                        metric(v, Metrics::rmspe)));
            }
        }
        return rows;
    }

    private static List<Chart> charts(List<RunResult> runs, String targetAxis) {
        List<Chart> charts = new ArrayList<>();
        charts.add(new Chart("Training loss per epoch", ChartKind.LINE, "epoch", "loss", curves(runs, EpochMetrics::loss)));
        List<Series> validationLoss = curves(runs, EpochMetrics::validationLoss);
        if (anyFinite(validationLoss)) {
            charts.add(new Chart("Validation loss per epoch", ChartKind.LINE, "epoch", "loss", validationLoss));
        }
        List<Series> validationRmse = curves(runs, e -> e.validation() == null ? Double.NaN : e.validation().rmse());
        if (anyFinite(validationRmse)) {
            charts.add(new Chart("Validation RMSE per epoch", ChartKind.LINE, "epoch", "RMSE of " + targetAxis,
                    validationRmse));
        }
        return charts;
    }

    private static List<Series> curves(List<RunResult> runs, ToDoubleFunction<EpochMetrics> value) {
        return runs.stream().filter(r -> !r.epochs().isEmpty()).map(r -> new Series(r.label(),
                r.epochs().stream().mapToDouble(EpochMetrics::epoch).toArray(),
                r.epochs().stream().mapToDouble(value).toArray())).toList();
    }

    private static boolean anyFinite(List<Series> series) {
        return series.stream().anyMatch(s -> Arrays.stream(s.y()).anyMatch(Double::isFinite));
    }

    private static Double metric(Metrics m, ToDoubleFunction<Metrics> value) {
        return m == null ? Double.NaN : value.applyAsDouble(m);
    }

    private static String ids(List<Long> ids) {
        return ids.isEmpty() ? "none" : ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String features(List<Feature> features) {
        return features.stream().map(Feature::key).collect(Collectors.joining(" "));
    }

    private static String number(double value) {
        return String.format(java.util.Locale.ROOT, "%.4g", value);
    }
}
