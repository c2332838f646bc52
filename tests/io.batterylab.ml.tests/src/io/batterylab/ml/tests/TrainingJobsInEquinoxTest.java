package io.batterylab.ml.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.Battery;
import io.batterylab.core.model.BatteryFilter;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import io.batterylab.core.model.TargetChoice;
import io.batterylab.core.model.User;
import io.batterylab.core.model.ValidationReport;
import io.batterylab.core.plugin.ImportedBattery;
import io.batterylab.core.plugin.ImportedData;
import io.batterylab.core.service.BatteryService;
import io.batterylab.core.service.ReportSource;
import io.batterylab.core.testing.TestJob;
import io.batterylab.core.testing.TestJobService;
import io.batterylab.core.testing.TestJobSpec;
import io.batterylab.core.service.UserService;
import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.core.training.BatterySeries;
import io.batterylab.core.training.DatasetSelection;
import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.ModelVersion;
import io.batterylab.core.training.ModelVersionService;
import io.batterylab.core.training.RunSpec;
import io.batterylab.core.training.TrainedModel;
import io.batterylab.core.training.TrainingJob;
import io.batterylab.core.training.TrainingJobService;
import io.batterylab.core.training.TrainingJobSpec;
import io.batterylab.storage.BatteryStore;
import io.batterylab.test.support.Services;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The training- and test-job services as the workbench and REST get them: DS-wired to storage, batteries, algorithms
 * and the event bus.
 */
class TrainingJobsInEquinoxTest {
    @Test
    void givenUploadedCellsWhenABaselineJobIsSubmittedThenItRunsOnAWorkerAndLeavesALoadableModelVersion() throws Exception {
        User user = Services.await(UserService.class).register("trainer-" + UUID.randomUUID().toString().substring(0, 8),
                "correct horse battery".toCharArray());
        List<ImportedBattery> cells = List.of(imported("a", 120), imported("b", 150), imported("c", 130));
        Services.await(BatteryStore.class).storeUpload(user.id(), "cells.csv", "csv", new ImportedData(cells, new ValidationReport(List.of())));
        BatteryService batteries = Services.await(BatteryService.class);
        List<Long> ids = batteries.list(user.id(), new BatteryFilter(null, null, null, null, null)).stream()
                .filter(b -> b.ownerId() != null).map(Battery::id).sorted().toList();
        assertEquals(3, ids.size());

        TrainingJobService jobs = Services.await(TrainingJobService.class);
        TrainingJob job = jobs.submit(user.id(), new TrainingJobSpec("osgi", Target.PCL,
                DatasetSelection.byCell(List.of(ids.get(0), ids.get(1)), List.of(ids.get(2)), List.of()),
                List.of(new RunSpec("baseline", List.of(Feature.DQ_SLOPE, Feature.T_AVG), null))));
        TrainingJob done = awaitFinal(jobs, user.id(), job.id());

        assertEquals(JobStatus.SUCCEEDED, done.status(), () -> "log: " + jobs.log(user.id(), done.runs().get(0).id()));
        // no settings in the spec: the run used the Baseline's defaults, one metrics row per epoch
        int epochs = baselineDefaultEpochs();
        assertEquals(epochs, jobs.epochs(user.id(), done.runs().get(0).id()).size());
        ModelVersionService versions = Services.await(ModelVersionService.class);
        ModelVersion version = versions.find(user.id(), done.runs().get(0).modelVersionId()).orElseThrow();
        assertEquals("baseline", version.algorithmId());
        BatterySeries cell = new BatterySeries(ids.get(2), "c", batteries.cycles(user.id(), ids.get(2)));
        try (TrainedModel a = versions.load(user.id(), version.id()); TrainedModel b = versions.load(user.id(), version.id())) {
            double[] p = a.predict(cell);
            assertTrue(java.util.Arrays.stream(p).allMatch(Double::isFinite));
            assertArrayEquals(p, b.predict(cell));
        }

        // the same model version tested 10 cycles ahead on the unseen cell, by the DS-wired test-job service
        TestJobService tests = Services.await(TestJobService.class);
        TestJob test = tests.submit(user.id(), new TestJobSpec("ahead", version.id(), List.of(ids.get(2)), null, List.of(), 10));
        TestJob tested = awaitFinal(tests, user.id(), test.id());
        assertEquals(JobStatus.SUCCEEDED, tested.status(), tested::error);
        assertEquals(10, tested.rowsSkipped());
        assertEquals(120, tested.overall().get(0).metrics().count());
        ReportSource report = Services.await(ReportSource.class);
        assertEquals("test-job", report.kind());
        assertEquals(120, java.util.stream.StreamSupport.stream(report.report(user.id(), test.id()).orElseThrow().tables()
                .get(2).rows().spliterator(), false).count());
    }

    @Test
    void givenABaselineJobOfBothTargets_whenTrainedAndTested_thenOneModelVersionPredictsAndIsScoredOnBoth()
            throws Exception {
        User user = Services.await(UserService.class).register("both-" + UUID.randomUUID().toString().substring(0, 8),
                "correct horse battery".toCharArray());
        Services.await(BatteryStore.class).storeUpload(user.id(), "cells.csv", "csv", new ImportedData(
                List.of(imported("a", 120), imported("b", 150), imported("c", 130)), new ValidationReport(List.of())));
        BatteryService batteries = Services.await(BatteryService.class);
        List<Long> ids = batteries.list(user.id(), new BatteryFilter(null, null, null, null, null)).stream()
                .filter(b -> b.ownerId() != null).map(Battery::id).sorted().toList();
        TrainingJobService jobs = Services.await(TrainingJobService.class);
        int epochs = baselineDefaultEpochs();

        TrainingJob done = awaitFinal(jobs, user.id(), jobs.submit(user.id(), new TrainingJobSpec("both",
                TargetChoice.BOTH, DatasetSelection.byCell(List.of(ids.get(0), ids.get(1)), List.of(ids.get(2)), List.of()),
                List.of(new RunSpec("baseline", List.of(Feature.DQ_SLOPE, Feature.T_AVG), null)))).id());

        assertEquals(JobStatus.SUCCEEDED, done.status(), () -> "log: " + jobs.log(user.id(), done.runs().get(0).id()));
        assertEquals(2 * epochs, jobs.epochs(user.id(), done.runs().get(0).id()).size(), "RUL's model's epochs, then PCL's");
        ModelVersion version = Services.await(ModelVersionService.class).find(user.id(),
                done.runs().get(0).modelVersionId()).orElseThrow();
        assertEquals(List.of(Target.RUL, Target.PCL), version.targets());
        TestJobService tests = Services.await(TestJobService.class);
        TestJob tested = awaitFinal(tests, user.id(), tests.submit(user.id(), new TestJobSpec("both", version.id(),
                List.of(ids.get(2)), null, List.of(), 0)).id());
        assertEquals(JobStatus.SUCCEEDED, tested.status(), tested::error);
        assertEquals(List.of(Target.RUL, Target.PCL), tested.overall().stream().map(m -> m.target()).toList());
        assertTrue(tested.overall().stream().allMatch(m -> m.metrics().count() == 130));
    }

    private static int baselineDefaultEpochs() throws Exception {
        Record defaults = Services.await(AlgorithmRegistry.class).find("baseline").orElseThrow().defaultSettings();
        return (int) defaults.getClass().getMethod("epochs").invoke(defaults);
    }

    static TestJob awaitFinal(TestJobService jobs, long userId, long jobId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            TestJob job = jobs.find(userId, jobId).orElseThrow();
            if (job.status().isFinal()) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("test job did not finish in 120 s");
    }

    static TrainingJob awaitFinal(TrainingJobService jobs, long userId, long jobId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            TrainingJob job = jobs.find(userId, jobId).orElseThrow();
            if (job.status().isFinal()) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job did not finish in 120 s");
    }

    static ImportedBattery imported(String name, int cycles) {
        return new ImportedBattery(name, null, 1.1, null, cycles, AlgorithmsInEquinoxTest.cell(1, cycles).cycles());
    }
}
