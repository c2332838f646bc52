package io.batterylab.jobs;

import io.batterylab.core.model.Target;
import io.batterylab.core.plugin.Report;
import io.batterylab.core.plugin.Report.Card;
import io.batterylab.core.plugin.Report.Table;
import io.batterylab.core.service.ReportSource;
import io.batterylab.core.testing.BatteryMetrics;
import io.batterylab.core.testing.TargetMetrics;
import io.batterylab.core.testing.TestDetail;
import io.batterylab.core.testing.TestJob;
import io.batterylab.core.testing.TestJobSpec;
import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.Metrics;
import io.batterylab.core.training.ModelVersion;
import io.batterylab.core.training.ModelVersionService;
import io.batterylab.storage.TestJobStore;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The {@link Report} of a succeeded test job for the exporters (kind {@value #KIND}): metadata (model version,
 * algorithm, full config, test settings, data, cells), a card per target, the tables "overall metrics",
 * "per-battery metrics" and "details" (read from storage page by page each time they are iterated) and the charts
 * of {@link TestJobCharts}.
 */
public final class TestJobReport implements ReportSource {
    public static final String KIND = "test-job";
    static final int PAGE = 2000;
    static final List<String> METRIC_COLUMNS = List.of("rows", "RMSPE (%)", "MSE", "RMSE", "MAE", "R²",
            "rows excluded from RMSPE");

    private final TestJobStore store;
    private final ModelVersionService versions;
    private final int page;

    public TestJobReport(TestJobStore store, ModelVersionService versions) {
        this(store, versions, PAGE);
    }

    /** @param page detail rows read from storage at a time */
    TestJobReport(TestJobStore store, ModelVersionService versions, int page) {
        this.store = store;
        this.versions = versions;
        this.page = page;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<Report> report(long userId, long id) {
        Optional<TestJob> found = store.find(userId, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TestJob job = found.get();
        if (job.status() != JobStatus.SUCCEEDED) {
            throw new IllegalStateException("test job " + id + " has no results to report: it is "
                    + job.status().name().toLowerCase(java.util.Locale.ROOT));
        }
        List<BatteryMetrics> cells = store.perBattery(userId, id);
        Map<Long, String> names = new LinkedHashMap<>();
        cells.forEach(c -> names.put(c.batteryId(), c.batteryName()));
        List<Report.Chart> charts = new ArrayList<>();
        for (Target target : job.targets()) {
            TestJobCharts drawn = new TestJobCharts(target, names);
            details(userId, id).forEach(drawn::add);
            charts.addAll(drawn.charts());
        }
        return Optional.of(new Report(job.name(), metadata(userId, job, cells), cards(job),
                List.of(overall(job), perBattery(job, cells), detailTable(userId, job, names)), charts));
    }

    private Map<String, String> metadata(long userId, TestJob job, List<BatteryMetrics> cells) {
        TestJobSpec spec = job.spec();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("test job", job.id() + " — " + job.name());
        m.put("model version", Long.toString(spec.modelVersionId()));
        Optional<ModelVersion> version = versions.find(userId, spec.modelVersionId());
        m.put("algorithm", version.map(v -> v.algorithmId() + " " + v.algorithmVersion()).orElse("(model version deleted)"));
        version.ifPresent(v -> {
            m.put("model target", v.target().key());
            m.put("model features", v.features().stream().map(f -> f.key()).toList().toString());
            m.put("full config", v.settingsJson());
        });
        m.put("targets", job.targets().stream().map(Target::key).toList().toString());
        m.put("horizon", spec.horizon() + " cycles (inputs at cycle c, target at cycle c + " + spec.horizon() + ")");
        m.put("rows skipped", job.rowsSkipped() + " (cycle + horizon beyond the battery's last cycle)");
        m.put("data source", (spec.cells().isEmpty() ? "" : "cells " + spec.cells())
                + (spec.uploadId() == null ? "" : (spec.cells().isEmpty() ? "" : " and ") + "upload " + spec.uploadId()));
        m.put("batteries", String.join(", ", cells.stream().map(BatteryMetrics::batteryName).toList()));
        m.put("finished", String.valueOf(job.finishedAt()));
        return m;
    }

    private static List<Card> cards(TestJob job) {
        List<Card> cards = new ArrayList<>();
        for (TargetMetrics tm : job.overall()) {
            Metrics m = tm.metrics();
            String unit = tm.target().unit();
            cards.add(new Card("RMSE (" + tm.target().key() + ")", format(m.rmse()) + " " + unit, m.count() + " rows"));
            cards.add(new Card("MAE (" + tm.target().key() + ")", format(m.mae()) + " " + unit, ""));
            cards.add(new Card("RMSPE (" + tm.target().key() + ")", format(m.rmspe()) + " %",
                    m.rmspeExcluded() + " rows with truth 0 excluded"));
            cards.add(new Card("R² (" + tm.target().key() + ")", format(m.r2()), ""));
        }
        return cards;
    }

    private static Table overall(TestJob job) {
        List<String> columns = new ArrayList<>(List.of("target"));
        columns.addAll(METRIC_COLUMNS);
        List<List<Object>> rows = new ArrayList<>();
        job.overall().forEach(tm -> rows.add(metricRow(tm, List.of(tm.target().key()))));
        return Table.of("overall metrics", columns, rows);
    }

    private static Table perBattery(TestJob job, List<BatteryMetrics> cells) {
        List<String> columns = new ArrayList<>(List.of("battery id", "battery", "target", "rows skipped"));
        columns.addAll(METRIC_COLUMNS);
        List<List<Object>> rows = new ArrayList<>();
        for (BatteryMetrics cell : cells) {
            cell.metrics().forEach(tm -> rows.add(metricRow(tm,
                    List.of(cell.batteryId(), cell.batteryName(), tm.target().key(), cell.rowsSkipped()))));
        }
        return Table.of("per-battery metrics", columns, rows);
    }

    private static List<Object> metricRow(TargetMetrics tm, List<Object> head) {
        Metrics m = tm.metrics();
        List<Object> row = new ArrayList<>(head);
        row.addAll(List.of(m.count(), m.rmspe(), m.mse(), m.rmse(), m.mae(), m.r2(), m.rmspeExcluded()));
        return row;
    }

    private Table detailTable(long userId, TestJob job, Map<Long, String> names) {
        List<String> columns = new ArrayList<>(List.of("battery", "input cycle", "cycle"));
        for (Target t : job.targets()) {
            columns.add(t.key() + " y_true");
            columns.add(t.key() + " y_pred");
        }
        Iterable<List<Object>> rows = () -> new MappedIterator(details(userId, job.id()).iterator(), d -> {
            List<Object> row = new ArrayList<>(List.of(names.getOrDefault(d.batteryId(), "battery " + d.batteryId()),
                    d.inputCycle(), d.cycle()));
            for (Target t : job.targets()) {
                row.add(d.truth(t));
                row.add(d.predicted(t));
            }
            return row;
        });
        return new Table("details", columns, rows);
    }

    /** All detail rows of the job, read a page at a time each time it is iterated. */
    Iterable<TestDetail> details(long userId, long jobId) {
        return () -> new Iterator<>() {
            private List<TestDetail> rows = store.detailsAfter(userId, jobId, null, page);
            private int next;

            @Override
            public boolean hasNext() {
                if (next == rows.size() && rows.size() == page) {
                    rows = store.detailsAfter(userId, jobId, rows.get(page - 1), page);
                    next = 0;
                }
                return next < rows.size();
            }

            @Override
            public TestDetail next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return rows.get(next++);
            }
        };
    }

    private record MappedIterator(Iterator<TestDetail> source, java.util.function.Function<TestDetail, List<Object>> map)
            implements Iterator<List<Object>> {
        @Override
        public boolean hasNext() {
            return source.hasNext();
        }

        @Override
        public List<Object> next() {
            return map.apply(source.next());
        }
    }

    private static String format(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(java.util.Locale.ROOT, "%.4g", value);
    }
}
