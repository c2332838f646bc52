package io.batterylab.jobs;

import io.batterylab.core.model.Battery;
import io.batterylab.core.model.Target;
import io.batterylab.core.model.TargetChoice;
import io.batterylab.core.training.Algorithm;
import io.batterylab.core.training.AlgorithmNotInstalledException;
import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.core.training.BatterySeries;
import io.batterylab.core.training.DatasetSelection;
import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.Metrics;
import io.batterylab.core.training.ModelVersion;
import io.batterylab.core.training.TrainedModel;
import io.batterylab.core.training.TrainingCanceledException;
import io.batterylab.core.training.TrainingData;
import io.batterylab.core.training.TrainingEvent;
import io.batterylab.core.training.TrainingJob;
import io.batterylab.core.training.TrainingRun;
import io.batterylab.storage.TrainingStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one claimed job: loads its cells once, then its runs one after another. A failing run marks only itself
 * FAILED (with the error in its log); the job succeeds when any run succeeded, fails when none did, and is
 * canceled when its owner canceled it.
 */
final class JobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    private final TrainingStore store;
    private final AlgorithmRegistry algorithms;
    private final Datasets datasets;
    private final ModelVersions versions;
    private final TrainingEvents events;

    JobRunner(TrainingStore store, AlgorithmRegistry algorithms, Datasets datasets, ModelVersions versions,
            TrainingEvents events) {
        this.store = store;
        this.algorithms = algorithms;
        this.datasets = datasets;
        this.versions = versions;
        this.events = events;
    }

    void run(TrainingJob job, AtomicBoolean canceled, String workerId) {
        events.publish(new TrainingEvent.JobChanged(job.userId(), job.id(), JobStatus.RUNNING));
        Datasets.Split split;
        try {
            split = datasets.load(job.userId(), job.dataset());
        } catch (RuntimeException e) {
            String error = "cannot read the cells: " + message(e);
            for (TrainingRun run : job.runs()) {
                finish(job, run, JobStatus.FAILED, error, null);
            }
            end(job, workerId, JobStatus.FAILED, error);
            return;
        }
        int succeeded = 0;
        for (TrainingRun run : job.runs()) {
            if (canceled.get()) {
                finish(job, run, JobStatus.CANCELED, null, null);
            } else if (run(job, run, split, canceled, workerId)) {
                succeeded++;
            }
        }
        JobStatus status = canceled.get() ? JobStatus.CANCELED : succeeded > 0 ? JobStatus.SUCCEEDED : JobStatus.FAILED;
        int failed = (int) store.job(job.id()).orElseThrow().runs().stream().filter(r -> r.status() == JobStatus.FAILED).count();
        end(job, workerId, status, failed == 0 ? null : failed + " of " + job.runs().size() + " runs failed");
    }

    /** @return whether the run succeeded */
    private boolean run(TrainingJob job, TrainingRun run, Datasets.Split split, AtomicBoolean canceled, String workerId) {
        store.runStarted(run.id());
        events.publish(new TrainingEvent.RunChanged(job.userId(), job.id(), run.id(), JobStatus.RUNNING, null));
        RunMonitor monitor = new RunMonitor(store, events, job.userId(), job.id(), run.id(), canceled);
        try {
            monitor.log("running on worker " + workerId);
            Algorithm algorithm = algorithms.find(run.algorithmId()).orElseThrow(
                    () -> new AlgorithmNotInstalledException(run.algorithmId(), null));
            Record settings = Json.settings(run.settingsJson(), algorithm.settingsType(),
                    algorithm.defaultSettings());
            describe(job.dataset(), split, monitor);
            List<Target> targets = targets(job.target(), algorithm);
            Map<Target, TrainedModel> models = new EnumMap<>(Target.class);
            Map<Target, Metrics> validation = new EnumMap<>(Target.class);
            Map<Target, Metrics> test = new EnumMap<>(Target.class);
            try {
                for (int i = 0; i < targets.size(); i++) {
                    Target target = targets.get(i);
                    TargetMonitor targetMonitor = new TargetMonitor(monitor, target, i, targets.size());
                    models.put(target, train(algorithm, settings, new TrainingData(target, run.features(), split.train(),
                            split.validation()), split.test(), targetMonitor, test));
                    if (targetMonitor.last() != null && targetMonitor.last().validation() != null) {
                        validation.put(target, targetMonitor.last().validation());
                    }
                }
                ModelVersion version = versions.add(job.userId(), run.id(), models, new ModelVersionFiles.Metadata(
                        ModelVersionFiles.FORMAT, algorithm.id(), algorithm.version(), TargetChoice.of(targets),
                        run.features(), Json.MAPPER.valueToTree(settings), job.dataset(), cells(job),
                        validation.get(targets.get(0)), test.get(targets.get(0)), Instant.now(), run.id(), validation,
                        test));
                monitor.log("model version " + version.id() + " stored");
                finish(job, run, JobStatus.SUCCEEDED, null, version.id());
                return true;
            } finally {
                models.values().forEach(TrainedModel::close);
            }
        } catch (TrainingCanceledException e) {
            monitor.log("canceled");
            finish(job, run, JobStatus.CANCELED, null, null);
        } catch (Exception | Error e) {
            LOG.warn("run {} of job {} failed", run.id(), job.id(), e);
            String error = message(e);
            monitor.log("failed: " + error);
            finish(job, run, JobStatus.FAILED, error, null);
        }
        return false;
    }

    /** The job's targets that the algorithm supports: with both, each algorithm trains what it supports. */
    static List<Target> targets(TargetChoice choice, Algorithm algorithm) {
        List<Target> targets = choice.targets().stream().filter(algorithm.supportedTargets()::contains).toList();
        if (targets.isEmpty()) {
            throw new IllegalArgumentException(algorithm.displayName() + " cannot predict " + choice.label());
        }
        return targets;
    }

    /** Trains the model of one target and adds its metrics on the test cells, if any, to {@code test}. */
    private static TrainedModel train(Algorithm algorithm, Record settings, TrainingData data, List<BatterySeries> cells,
            TargetMonitor monitor, Map<Target, Metrics> test) {
        long started = System.nanoTime();
        TrainedModel model = algorithm.train(data, settings, monitor);
        try {
            monitor.log(String.format("trained in %.1f s", (System.nanoTime() - started) / 1e9));
            Metrics metrics = evaluate(model, cells, data.target());
            if (metrics != null) {
                monitor.log(String.format("test: RMSE %.6g, MAE %.6g, R2 %.4f, RMSPE %.4g%% on %d rows",
                        metrics.rmse(), metrics.mae(), metrics.r2(), metrics.rmspe(), metrics.count()));
                test.put(data.target(), metrics);
            }
            return model;
        } catch (RuntimeException | Error e) {
            model.close();
            throw e;
        }
    }

    private static void describe(DatasetSelection selection, Datasets.Split split, RunMonitor monitor) {
        monitor.log(String.format("data: %d training cells (%d rows), %d validation cells (%d rows), %d test cells (%d rows)",
                split.train().size(), split.rows(split.train()), split.validation().size(), split.rows(split.validation()),
                split.test().size(), split.rows(split.test())));
        if (selection.leaks()) {
            monitor.log("WARNING: split by row, not by cell: neighbouring cycles of one cell are in training and"
                    + " validation/test, so the metrics are optimistic (leakage)");
        }
    }

    /** Metrics on the test cells: rows with a target and a prediction. */
    static Metrics evaluate(TrainedModel model, List<BatterySeries> cells, Target target) {
        List<Double> truth = new ArrayList<>();
        List<Double> predicted = new ArrayList<>();
        for (BatterySeries cell : cells) {
            double[] p = model.predict(cell);
            for (int i = 0; i < p.length; i++) {
                double y = cell.cycles().get(i).target(target).orElse(Double.NaN);
                if (!Double.isNaN(y) && Double.isFinite(p[i])) {
                    truth.add(y);
                    predicted.add(p[i]);
                }
            }
        }
        return truth.isEmpty() ? null : Metrics.of(truth.stream().mapToDouble(Double::doubleValue).toArray(),
                predicted.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private List<ModelVersionFiles.CellRef> cells(TrainingJob job) {
        List<ModelVersionFiles.CellRef> refs = new ArrayList<>();
        DatasetSelection d = job.dataset();
        addCells(refs, job.userId(), d.trainCells(), "train");
        addCells(refs, job.userId(), d.validationCells(), "validation");
        addCells(refs, job.userId(), d.testCells(), "test");
        return refs;
    }

    private void addCells(List<ModelVersionFiles.CellRef> refs, long userId, List<Long> ids, String role) {
        for (long id : ids) {
            Battery b = datasets.battery(userId, id);
            refs.add(new ModelVersionFiles.CellRef(id, b.name(), b.source().name(), b.uploadId(), role));
        }
    }

    private void finish(TrainingJob job, TrainingRun run, JobStatus status, String error, Long modelVersionId) {
        store.runFinished(run.id(), status, error, modelVersionId);
        events.publish(new TrainingEvent.RunChanged(job.userId(), job.id(), run.id(), status, error));
    }

    private void end(TrainingJob job, String workerId, JobStatus status, String error) {
        if (store.jobFinished(job.id(), workerId, status, error)) {
            events.publish(new TrainingEvent.JobChanged(job.userId(), job.id(), status));
        } else {
            LOG.warn("job {} was taken from this worker before it finished (no heartbeat in time?)", job.id());
        }
    }

    static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return root == e || root.getMessage() == null || text.contains(root.getMessage()) ? text
                : text + " (" + root.getMessage() + ")";
    }
}
