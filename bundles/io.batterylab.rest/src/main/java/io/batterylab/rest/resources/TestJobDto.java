package io.batterylab.rest.resources;

import io.batterylab.core.model.Target;
import io.batterylab.core.testing.BatteryMetrics;
import io.batterylab.core.testing.TargetMetrics;
import io.batterylab.core.testing.TestDetail;
import io.batterylab.core.testing.TestJob;
import io.batterylab.rest.resources.TrainingDto.MetricsView;
import java.util.List;

/**
 * The JSON shapes of test jobs and their results. Statuses and targets are lower-case keys; a metric or value that
 * is undefined is null.
 */
public final class TestJobDto {
    private TestJobDto() {
    }

    /**
     * What to test.
     *
     * @param modelVersionId one of the caller's model versions
     * @param cells battery ids (built-in cells or the caller's uploaded cells)
     * @param uploadId all cells of one of the caller's uploads
     * @param targets target keys ("rul", "pcl"); absent for those the model predicts
     * @param horizon cycles ahead, h >= 0; absent for 0. For a row at cycle c the model sees only the inputs of cycle c
     *        and predicts the target at c + h; the truth is the target at c + h; rows whose c + h lies beyond the
     *        battery's last cycle are skipped and counted
     */
    public record TestSpecForm(String name, Long modelVersionId, List<Long> cells, Long uploadId, List<String> targets,
            Integer horizon) {
    }

    public record TargetMetricsView(String target, MetricsView metrics) {
        static List<TargetMetricsView> of(List<TargetMetrics> metrics) {
            return metrics.stream().map(m -> new TargetMetricsView(m.target().key(), MetricsView.of(m.metrics()))).toList();
        }
    }

    /**
     * @param batteriesDone cells evaluated so far, of {@code batteriesTotal} (0 until it started)
     * @param rowsSkipped rows whose cycle + horizon is beyond their battery's last cycle
     * @param overall metrics per target over all cells; empty until it succeeded
     */
    public record TestJobView(long id, String name, long modelVersionId, List<Long> cells, Long uploadId,
            List<String> targets, int horizon, String status, String error, int batteriesDone, int batteriesTotal,
            int rowsSkipped, List<TargetMetricsView> overall, String createdAt, String startedAt, String finishedAt) {
        static TestJobView of(TestJob j) {
            return new TestJobView(j.id(), j.name(), j.spec().modelVersionId(), j.spec().cells(), j.spec().uploadId(),
                    j.targets().stream().map(Target::key).toList(), j.spec().horizon(), TrainingDto.lower(j.status()),
                    j.error(), j.batteriesDone(), j.batteriesTotal(), j.rowsSkipped(), TargetMetricsView.of(j.overall()),
                    TrainingDto.time(j.createdAt()), TrainingDto.time(j.startedAt()), TrainingDto.time(j.finishedAt()));
        }
    }

    public record TestJobList(List<TestJobView> items) {
    }

    public record OverallView(long jobId, String status, int rowsSkipped, List<TargetMetricsView> metrics) {
    }

    public record BatteryMetricsView(long batteryId, String battery, int rowsSkipped, List<TargetMetricsView> metrics) {
        static BatteryMetricsView of(BatteryMetrics b) {
            return new BatteryMetricsView(b.batteryId(), b.batteryName(), b.rowsSkipped(), TargetMetricsView.of(b.metrics()));
        }
    }

    public record BatteryMetricsList(List<BatteryMetricsView> items) {
    }

    /** One scored row: inputs of {@code inputCycle}, targets of {@code cycle} = inputCycle + horizon. */
    public record DetailView(long batteryId, int inputCycle, int cycle, Double rulTrue, Double rulPredicted,
            Double pclTrue, Double pclPredicted) {
        static DetailView of(TestDetail d) {
            return new DetailView(d.batteryId(), d.inputCycle(), d.cycle(), Dto.finite(d.rulTrue()),
                    Dto.finite(d.rulPredicted()), Dto.finite(d.pclTrue()), Dto.finite(d.pclPredicted()));
        }
    }

    /** One page of detail rows ordered by battery then input cycle; {@code total} counts all rows of the filter. */
    public record DetailPage(long jobId, Long batteryId, long offset, int limit, long total, List<DetailView> items) {
    }

    /** One target's curves of one battery, for charts: index i of each array is one scored row. */
    public record TargetSeries(String target, List<Double> truth, List<Double> predicted) {
    }

    /** A battery's scored rows as arrays, in cycle order. */
    public record SeriesView(long jobId, long batteryId, List<Integer> inputCycle, List<Integer> cycle,
            List<TargetSeries> targets) {
    }
}
