package io.batterylab.jobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import io.batterylab.core.training.Algorithm;
import io.batterylab.core.training.AlgorithmNotInstalledException;
import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.core.training.DatasetSelection;
import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.ModelVersion;
import io.batterylab.core.training.RunSpec;
import io.batterylab.core.training.TrainedModel;
import io.batterylab.core.training.TrainingEvent;
import io.batterylab.core.training.TrainingJob;
import io.batterylab.core.training.TrainingJobSpec;
import io.batterylab.core.training.TrainingRun;
import io.batterylab.core.training.BatterySeries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrainingJobsTest extends JobsFixture {
    static final DatasetSelection BY_CELL = DatasetSelection.byCell(List.of(1L, 2L), List.of(3L), List.of(4L));

    static TrainingJobSpec spec(MeanAlgorithm.MeanSettings... runs) {
        List<RunSpec> specs = new ArrayList<>();
        for (MeanAlgorithm.MeanSettings s : runs) {
            specs.add(new RunSpec("mean", List.of(Feature.IR), s));
        }
        return new TrainingJobSpec("test job", Target.RUL, BY_CELL, specs);
    }

    @Test
    void givenJobWhenWorkedThenSucceedsWithPersistedEpochsLogEventsAndALoadableModelVersion() throws Exception {
        TrainingJobs jobs = service(FAST);
        List<TrainingEvent> events = Collections.synchronizedList(new ArrayList<>());
        closeLater.add(jobs.listen(events::add));

        TrainingJob submitted = jobs.submit(alice, spec(new MeanAlgorithm.MeanSettings(4, 0, false)));
        assertEquals(JobStatus.PENDING, submitted.status());
        TrainingJob done = await(jobs, alice, submitted.id(), j -> j.status().isFinal());

        assertEquals(JobStatus.SUCCEEDED, done.status());
        TrainingRun run = done.runs().get(0);
        assertEquals(JobStatus.SUCCEEDED, run.status());
        assertEquals(4, jobs.epochs(alice, run.id()).size());
        assertTrue(jobs.log(alice, run.id()).stream().anyMatch(l -> l.line().startsWith("test: RMSE")));
        assertEquals(4, events.stream().filter(e -> e instanceof TrainingEvent.EpochReported).count());
        assertTrue(events.contains(new TrainingEvent.JobChanged(alice, done.id(), JobStatus.SUCCEEDED)));

        ModelVersion version = jobs.modelVersions().find(alice, run.modelVersionId()).orElseThrow();
        assertEquals("mean", version.algorithmId());
        assertEquals(BY_CELL, version.dataset());
        assertEquals(20, version.test().count());
        // test cell 4 has RUL 400 - c; the model predicts the training mean 139.5 (cells 1, 2: 100 - c, 200 - c),
        // so the error is 260.5 - c for c = 1..20 and its mean 250
        assertEquals(250, version.test().mae(), 1e-9);
        var directory = config.modelDirectory(alice, version.id());
        assertTrue(Files.isRegularFile(directory.resolve("mean.txt")));
        assertTrue(Files.readString(directory.resolve(ModelVersionFiles.METADATA)).contains("\"role\" : \"test\""));
    }

    @Test
    void givenStoredModelVersionWhenLoadedByANewServiceAsAfterARestartThenSamePredictions() throws Exception {
        TrainingJobs first = service(FAST);
        TrainingJob done = await(first, alice, first.submit(alice, spec(new MeanAlgorithm.MeanSettings(1, 0, false))).id(),
                j -> j.status().isFinal());
        long versionId = done.runs().get(0).modelVersionId();
        BatterySeries cell = new BatterySeries(1, "c", batteries.cycles(alice, 1));
        double[] before;
        try (TrainedModel model = first.modelVersions().load(alice, versionId)) {
            before = model.predict(cell);
        }
        first.close();

        TrainingJobs restarted = service(null);
        try (TrainedModel model = restarted.modelVersions().load(alice, versionId)) {
            assertArrayEquals(before, model.predict(cell));
        }
        assertThrows(IllegalArgumentException.class, () -> restarted.modelVersions().load(bob, versionId));
    }

    @Test
    void givenAModelVersionWhoseAlgorithmWasUninstalledWhenLoadedThenItSaysWhichAlgorithmIsNotInstalled() throws Exception {
        TrainingJobs first = service(FAST);
        TrainingJob done = await(first, alice, first.submit(alice, spec(new MeanAlgorithm.MeanSettings(1, 0, false))).id(),
                j -> j.status().isFinal());
        long versionId = done.runs().get(0).modelVersionId();
        first.close();

        AlgorithmRegistry none = new AlgorithmRegistry() {
            @Override
            public List<Algorithm> all() {
                return List.of();
            }

            @Override
            public Optional<Algorithm> find(String id) {
                return Optional.empty();
            }
        };
        TrainingJobs withoutMean = new TrainingJobs(store, config, batteries, none, null);
        closeLater.add(withoutMean);
        var e = assertThrows(AlgorithmNotInstalledException.class, () -> withoutMean.modelVersions().load(alice, versionId));

        assertEquals("mean", e.algorithmId());
        assertEquals("algorithm 'mean' is not installed: model version " + versionId + " was trained with it; install "
                + "its plugin again to use this model version", e.getMessage());
    }

    @Test
    void givenOneFailingRunWhenWorkedThenOnlyThatRunFailsWithItsErrorLogged() throws Exception {
        TrainingJobs jobs = service(FAST);
        TrainingJob done = await(jobs, alice, jobs.submit(alice, spec(new MeanAlgorithm.MeanSettings(2, 0, false),
                new MeanAlgorithm.MeanSettings(3, 0, true))).id(), j -> j.status().isFinal());

        assertEquals(JobStatus.SUCCEEDED, done.status());
        assertEquals("1 of 2 runs failed", done.error());
        assertEquals(JobStatus.SUCCEEDED, done.runs().get(0).status());
        TrainingRun failed = done.runs().get(1);
        assertEquals(JobStatus.FAILED, failed.status());
        assertEquals("loss became NaN", failed.error());
        assertTrue(jobs.log(alice, failed.id()).stream().anyMatch(l -> l.line().equals("failed: loss became NaN")));
    }

    @Test
    void givenBadSpecWhenSubmittingThenRejectedWithReasonAndNothingStored() {
        TrainingJobs jobs = service(null);
        DatasetSelection bobsCell = DatasetSelection.byCell(List.of(5L), List.of(), List.of());
        assertEquals("battery 5 does not exist or is not yours", assertThrows(IllegalArgumentException.class,
                () -> jobs.submit(alice, new TrainingJobSpec(null, Target.RUL, bobsCell,
                        List.of(new RunSpec("mean", List.of(Feature.IR), null))))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> jobs.submit(alice, new TrainingJobSpec(null, Target.RUL, BY_CELL,
                List.of(new RunSpec("nope", List.of(Feature.IR), null)))));
        assertThrows(IllegalArgumentException.class, () -> jobs.submit(alice, new TrainingJobSpec(null, Target.PCL, BY_CELL,
                List.of(new RunSpec("mean", List.of(Feature.IR), null)))));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> jobs.submit(alice,
                spec(new MeanAlgorithm.MeanSettings(0, 0, false)))).getMessage().contains("Epochs"));
        assertTrue(jobs.list(alice).isEmpty());
    }

    @Test
    void givenJobOfAWorkerThatDiedWhenAnotherWorkerRunsThenTheJobFailsInsteadOfStayingRunning() throws Exception {
        TrainingJobs submitter = service(null);
        TrainingJob job = submitter.submit(alice, spec(new MeanAlgorithm.MeanSettings(1, 0, false)));
        store.claimNext("worker-that-died").orElseThrow();

        TrainingJobs survivor = service(FAST);
        TrainingJob failed = await(survivor, alice, job.id(), j -> j.status().isFinal());

        assertEquals(JobStatus.FAILED, failed.status());
        assertEquals("worker worker-that-died stopped responding (no heartbeat for 3 s)", failed.error());
        assertEquals(JobStatus.FAILED, failed.runs().get(0).status());
    }

    @Test
    void givenEmbeddedDatabaseWhenStartingThenJobsLeftRunningByTheLastSessionFailAtOnce() throws Exception {
        TrainingJob job = service(null).submit(alice, spec(new MeanAlgorithm.MeanSettings(1, 0, false)));
        store.claimNext("previous-session").orElseThrow();

        TrainingJobs restarted = service(new TrainingWorker.Settings(1, FAST.poll(), FAST.heartbeat(),
                java.time.Duration.ofMinutes(5), true));

        TrainingJob failed = restarted.find(alice, job.id()).orElseThrow();
        assertEquals(JobStatus.FAILED, failed.status());
        assertEquals("BatteryLab stopped while the job was running", failed.error());
    }

    @Test
    void givenTwoWorkersOnOneDatabaseWhenSixJobsQueuedThenEveryJobRunsOnceAndSucceeds() throws Exception {
        TrainingJobs a = service(FAST);
        TrainingJobs b = service(FAST);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add((i % 2 == 0 ? a : b).submit(alice, spec(new MeanAlgorithm.MeanSettings(3, 10, false))).id());
        }
        for (long id : ids) {
            TrainingJob done = await(a, alice, id, j -> j.status().isFinal());
            assertEquals(JobStatus.SUCCEEDED, done.status(), "job " + id);
            // a second execution would have stored its epochs again (and failed on the primary key)
            assertEquals(3, a.epochs(alice, done.runs().get(0).id()).size());
        }
    }

    @Test
    void givenModelVersionWhenExportedAndImportedThenANewVersionPredictsTheSameAndDeletingRemovesItsFiles()
            throws Exception {
        TrainingJobs jobs = service(FAST);
        TrainingJob done = await(jobs, alice, jobs.submit(alice, spec(new MeanAlgorithm.MeanSettings(1, 0, false))).id(),
                j -> j.status().isFinal());
        long original = done.runs().get(0).modelVersionId();
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        jobs.modelVersions().export(alice, original, archive);

        ModelVersion imported = jobs.modelVersions().importArchive(bob, new ByteArrayInputStream(archive.toByteArray()));

        assertNotEquals(original, imported.id());
        assertEquals(bob, imported.userId());
        assertEquals(null, imported.runId());
        BatterySeries cell = new BatterySeries(1, "c", batteries.cycles(alice, 1));
        try (TrainedModel a = jobs.modelVersions().load(alice, original); TrainedModel b = jobs.modelVersions().load(bob, imported.id())) {
            assertArrayEquals(a.predict(cell), b.predict(cell));
        }
        assertTrue(jobs.modelVersions().delete(bob, imported.id()));
        assertTrue(!Files.exists(config.modelDirectory(bob, imported.id())));
        assertNotNull(jobs.modelVersions().find(alice, original).orElse(null));
    }

    @Test
    void givenArchiveWithAPathLeavingTheModelDirectoryWhenImportedThenRejectedAndNothingStored() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("../../escape.txt"));
            zip.write(1);
            zip.closeEntry();
        }
        TrainingJobs jobs = service(null);
        assertThrows(java.io.IOException.class,
                () -> jobs.modelVersions().importArchive(alice, new ByteArrayInputStream(bytes.toByteArray())));
        assertTrue(jobs.modelVersions().list(alice).isEmpty());
        assertTrue(!Files.exists(config.userDirectory(alice).resolve("escape.txt")));
    }

    @Test
    void givenRowLevelSplitWhenRunThenTheLogWarnsOfLeakage() throws Exception {
        TrainingJobs jobs = service(FAST);
        DatasetSelection rows = new DatasetSelection(List.of(1L, 2L), List.of(), List.of(),
                new DatasetSelection.RowLevelSplit(0.2, 0.2, 1));
        TrainingJob done = await(jobs, alice, jobs.submit(alice, new TrainingJobSpec(null, Target.RUL, rows,
                List.of(new RunSpec("mean", List.of(Feature.IR), null)))).id(), j -> j.status().isFinal());
        assertEquals(JobStatus.SUCCEEDED, done.status());
        assertTrue(jobs.log(alice, done.runs().get(0).id()).stream().anyMatch(l -> l.line().contains("leakage")));
    }
}
