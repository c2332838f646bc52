package io.batterylab.jobs;

import io.batterylab.core.model.Battery;
import io.batterylab.core.model.BatteryFilter;
import io.batterylab.core.model.Target;
import io.batterylab.core.service.BatteryService;
import io.batterylab.core.testing.BatteryMetrics;
import io.batterylab.core.testing.TargetMetrics;
import io.batterylab.core.testing.TestJob;
import io.batterylab.core.testing.TestJobSpec;
import io.batterylab.core.training.BatterySeries;
import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.ModelVersionService;
import io.batterylab.core.training.TrainedModel;
import io.batterylab.storage.TestJobStore;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one claimed test job: loads the model version once (the model of each target the job scores), then scores the cells one after another, storing each
 * cell's results as soon as it is done. A cancel request stops it after the cell it is on; any failure (model files
 * missing, a model that throws) fails the job with the reason.
 */
final class TestRunner {
    private static final Logger LOG = LoggerFactory.getLogger(TestRunner.class);
    private final TestJobStore store;
    private final BatteryService batteries;
    private final ModelVersionService versions;
    private final TestJobEvents events;

    TestRunner(TestJobStore store, BatteryService batteries, ModelVersionService versions, TestJobEvents events) {
        this.store = store;
        this.batteries = batteries;
        this.versions = versions;
        this.events = events;
    }

    void run(TestJob job, AtomicBoolean canceled, String workerId) {
        events.status(job, JobStatus.RUNNING, null);
        TestJobSpec spec = job.spec();
        Map<Target, TrainedModel> models = new EnumMap<>(Target.class);
        try {
            for (Target target : job.targets()) {
                models.put(target, versions.load(job.userId(), spec.modelVersionId(), target));
            }
            List<Long> cells = cells(job.userId(), spec);
            store.started(job.id(), cells.size());
            events.log(job, "testing model version " + spec.modelVersionId() + " on " + cells.size() + " cell(s), horizon "
                    + spec.horizon() + ", on worker " + workerId);
            ScoreBoard all = new ScoreBoard(job.targets());
            for (int i = 0; i < cells.size(); i++) {
                if (canceled.get()) {
                    events.log(job, "canceled after " + i + " of " + cells.size() + " cells");
                    end(job, workerId, JobStatus.CANCELED, null, List.of());
                    return;
                }
                scoreCell(job, models, cells.get(i), i, cells.size(), all, workerId);
            }
            List<TargetMetrics> overall = all.metrics();
            events.metrics(job, overall);
            end(job, workerId, JobStatus.SUCCEEDED, null, overall);
        } catch (Exception | Error e) {
            LOG.warn("test job {} failed", job.id(), e);
            String error = JobRunner.message(e);
            events.log(job, "failed: " + error);
            end(job, workerId, canceled.get() ? JobStatus.CANCELED : JobStatus.FAILED, error, List.of());
        } finally {
            models.values().forEach(TrainedModel::close);
        }
    }

    private void scoreCell(TestJob job, Map<Target, TrainedModel> models, long cellId, int index, int total, ScoreBoard all,
            String workerId) {
        Battery battery = batteries.find(job.userId(), cellId).orElseThrow(
                () -> new IllegalStateException("battery " + cellId + " is gone (its upload was deleted?)"));
        events.progress(job, battery.name(), index, total);
        BatterySeries series = new BatterySeries(cellId, battery.name(), batteries.cycles(job.userId(), cellId));
        Map<Target, double[]> predictions = new EnumMap<>(Target.class);
        models.forEach((target, model) -> {
            double[] predicted = model.predict(series, job.spec().horizon());
            if (predicted.length != series.cycles().size()) {
                throw new IllegalStateException("the " + target.key() + " model gave " + predicted.length
                        + " predictions for " + series.cycles().size() + " rows of " + battery.name());
            }
            predictions.put(target, predicted);
        });
        HorizonScoring.CellRows rows = HorizonScoring.score(series, predictions, job.spec().horizon());
        ScoreBoard cell = new ScoreBoard(job.targets());
        cell.add(rows.details());
        all.add(rows.details());
        store.addBattery(job.id(), workerId, new BatteryMetrics(cellId, battery.name(), rows.skipped(), cell.metrics()),
                rows.details());
        events.progress(job, battery.name(), index + 1, total);
        events.metrics(job, all.metrics());
        events.log(job, battery.name() + ": " + rows.details().size() + " rows scored, " + rows.skipped()
                + " skipped (cycle + h beyond the last cycle)");
    }

    /** The selected cells, then the upload's, each once, in that order. */
    private List<Long> cells(long userId, TestJobSpec spec) {
        Set<Long> cells = new LinkedHashSet<>(spec.cells());
        if (spec.uploadId() != null) {
            batteries.list(userId, new BatteryFilter(null, null, null, null, spec.uploadId()))
                    .forEach(b -> cells.add(b.id()));
        }
        return new ArrayList<>(cells);
    }

    private void end(TestJob job, String workerId, JobStatus status, String error, List<TargetMetrics> overall) {
        if (store.finish(job.id(), workerId, status, error, overall)) {
            events.status(job, status, error);
        } else {
            LOG.warn("test job {} was taken from this worker before it finished (no heartbeat in time?)", job.id());
        }
    }
}
