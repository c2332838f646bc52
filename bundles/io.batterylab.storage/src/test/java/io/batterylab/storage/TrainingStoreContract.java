package io.batterylab.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import io.batterylab.core.model.TargetChoice;
import io.batterylab.core.model.User;
import io.batterylab.core.training.DatasetSelection;
import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.Metrics;
import io.batterylab.core.training.ModelVersion;
import io.batterylab.core.training.TrainingJob;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Training jobs as a shared queue, their progress, and model versions: per user, on every backend. */
abstract class TrainingStoreContract extends StorageFixture {
    private static final DatasetSelection DATASET = DatasetSelection.byCell(List.of(1L, 2L), List.of(3L), List.of(4L));
    User alice;
    User bob;
    JdbcTrainingStore training;

    @BeforeEach
    void twoUsers() {
        alice = newUser("alice");
        bob = newUser("bob");
        training = new JdbcTrainingStore(database.dataSource());
    }

    TrainingJob submit(User user) {
        return training.createJob(user.id(), "job", TargetChoice.RUL, DATASET, List.of(
                new TrainingStore.NewRun("baseline", List.of(Feature.IR, Feature.T_AVG), "{\"epochs\":5}"),
                new TrainingStore.NewRun("deephpm", List.of(Feature.IR), "{}")));
    }

    @Test
    void givenJob_whenStored_thenReadBackPendingWithRunsAndOnlyByItsOwner() {
        TrainingJob job = submit(alice);

        assertEquals(JobStatus.PENDING, job.status());
        assertEquals(DATASET, job.dataset());
        assertEquals(2, job.runs().size());
        assertEquals(List.of(Feature.IR, Feature.T_AVG), job.runs().get(0).features());
        assertEquals("{\"epochs\":5}", job.runs().get(0).settingsJson());
        assertEquals(job, training.findJob(alice.id(), job.id()).orElseThrow());
        assertTrue(training.findJob(bob.id(), job.id()).isEmpty());
        assertTrue(training.jobs(bob.id()).isEmpty());
        assertFalse(training.requestCancel(bob.id(), job.id()));
    }

    @Test
    void givenPendingJobs_whenEightWorkersClaimAtOnce_thenEachJobGoesToExactlyOneWorker() throws Exception {
        List<Long> submitted = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            submitted.add(submit(i % 2 == 0 ? alice : bob).id());
        }
        List<Long> claimed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                String worker = "worker-" + w;
                workers.add(pool.submit(() -> {
                    for (var job = training.claimNext(worker); job.isPresent(); job = training.claimNext(worker)) {
                        assertEquals(JobStatus.RUNNING, job.get().status());
                        claimed.add(job.get().id());
                    }
                    return null;
                }));
            }
            for (Future<?> f : workers) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(submitted.stream().sorted().toList(), claimed.stream().sorted().toList());
        assertTrue(training.claimNext("late").isEmpty());
    }

    @Test
    void givenRunningJobWhoseWorkerStoppedBeating_whenRecovering_thenJobAndOpenRunsFailWithTheReason() {
        TrainingJob job = submit(alice);
        training.claimNext("dead-worker").orElseThrow();
        training.runStarted(job.runs().get(0).id());

        assertTrue(training.failStale(Instant.now().minusSeconds(60), w -> "stopped").isEmpty(), "heartbeat is fresh");
        List<Long> failed = training.failStale(Instant.now().plusSeconds(5), w -> "worker " + w + " stopped responding");

        assertEquals(List.of(job.id()), failed);
        TrainingJob after = training.findJob(alice.id(), job.id()).orElseThrow();
        assertEquals(JobStatus.FAILED, after.status());
        assertEquals("worker dead-worker stopped responding", after.error());
        assertTrue(after.runs().stream().allMatch(r -> r.status() == JobStatus.FAILED));
        // the presumed-dead worker can no longer finish it, and learns so from its heartbeat
        assertTrue(training.heartbeat("dead-worker", List.of(job.id())).isEmpty());
        assertFalse(training.jobFinished(job.id(), "dead-worker", JobStatus.SUCCEEDED, null));
        // nor add to its progress or make a model version of its run
        long run = job.runs().get(0).id();
        assertTrue(assertThrows(IllegalStateException.class, () -> training.addEpoch(run,
                new EpochMetrics(1, 2, 0.5, Double.NaN, null))).getMessage().contains("no longer running (FAILED)"));
        assertThrows(IllegalStateException.class, () -> training.addLog(run, 1, "late"));
        assertThrows(IllegalStateException.class, () -> training.addModelVersion(new ModelVersion(0, alice.id(), run,
                "baseline", "1.0.0", Target.RUL, List.of(Feature.IR), "{}", DATASET, null, null, null)));
        assertTrue(training.epochs(alice.id(), run).isEmpty());
        assertTrue(training.log(alice.id(), run).isEmpty());
        assertTrue(training.modelVersions(alice.id()).isEmpty());
    }

    @Test
    void givenHeartbeat_whenRecovering_thenTheBeatingJobStaysRunning() throws Exception {
        TrainingJob job = submit(alice);
        training.claimNext("w1").orElseThrow();
        Thread.sleep(2100);
        Instant beforeBeat = Instant.now();
        assertEquals(Set.of(job.id()), training.heartbeat("w1", List.of(job.id())));
        assertTrue(training.failStale(beforeBeat.minusSeconds(1), w -> "stale").isEmpty());
        assertEquals(JobStatus.RUNNING, training.job(job.id()).orElseThrow().status());
    }

    @Test
    void givenPendingOrRunningJob_whenCanceled_thenPendingEndsAtOnceAndRunningIsFlagged() {
        TrainingJob pending = submit(alice);
        assertTrue(training.requestCancel(alice.id(), pending.id()));
        TrainingJob canceled = training.findJob(alice.id(), pending.id()).orElseThrow();
        assertEquals(JobStatus.CANCELED, canceled.status());
        assertTrue(canceled.runs().stream().allMatch(r -> r.status() == JobStatus.CANCELED));
        assertTrue(training.claimNext("w").isEmpty());

        TrainingJob running = submit(alice);
        training.claimNext("w").orElseThrow();
        assertTrue(training.cancelRequested(List.of(running.id())).isEmpty());
        assertTrue(training.requestCancel(alice.id(), running.id()));
        assertEquals(Set.of(running.id()), training.cancelRequested(List.of(running.id())));
        assertEquals(JobStatus.RUNNING, training.job(running.id()).orElseThrow().status());
    }

    @Test
    void givenRunProgress_whenStored_thenEpochsAndLogReadBackInOrderForTheOwnerOnly() {
        TrainingJob job = submit(alice);
        long run = job.runs().get(0).id();
        training.claimNext("w").orElseThrow();
        training.runStarted(run);
        Metrics v = new Metrics(10, 4, 2, 1.5, Double.NaN, 12.5, 1);
        training.addEpoch(run, new EpochMetrics(1, 2, 0.5, 0.4, v));
        training.addEpoch(run, new EpochMetrics(2, 2, 0.3, Double.NaN, null));
        training.addLog(run, 1, "first");
        training.addLog(run, 2, "second");

        List<EpochMetrics> epochs = training.epochs(alice.id(), run);
        assertEquals(List.of(new EpochMetrics(1, 2, 0.5, 0.4, v), new EpochMetrics(2, 2, 0.3, Double.NaN, null)), epochs);
        assertEquals(List.of("first", "second"), training.log(alice.id(), run).stream().map(l -> l.line()).toList());
        assertTrue(training.epochs(bob.id(), run).isEmpty());
        assertTrue(training.log(bob.id(), run).isEmpty());
    }

    @Test
    void givenFinishedRun_whenModelVersionStored_thenItIsTheOwnersAndLinkedToTheRun() {
        TrainingJob job = submit(alice);
        long run = job.runs().get(0).id();
        training.claimNext("w").orElseThrow();
        training.runStarted(run);
        Metrics test = new Metrics(5, 1, 1, 1, 0.9, 3, 0);
        ModelVersion stored = training.addModelVersion(new ModelVersion(0, alice.id(), run, "baseline", "1.0.0", Target.RUL,
                List.of(Feature.IR), "{\"epochs\":5}", DATASET, null, test, null));
        training.runFinished(run, JobStatus.SUCCEEDED, null, stored.id());
        assertTrue(training.jobFinished(job.id(), "w", JobStatus.SUCCEEDED, null));

        assertEquals(List.of(stored), training.modelVersions(alice.id()));
        assertEquals(test, stored.test());
        assertNull(stored.validation());
        assertTrue(training.findModelVersion(bob.id(), stored.id()).isEmpty());
        assertFalse(training.deleteModelVersion(bob.id(), stored.id()));
        TrainingJob done = training.findJob(alice.id(), job.id()).orElseThrow();
        assertEquals(JobStatus.SUCCEEDED, done.status());
        assertEquals(stored.id(), done.runs().get(0).modelVersionId());
        assertTrue(training.deleteModelVersion(alice.id(), stored.id()));
        assertTrue(training.modelVersions(alice.id()).isEmpty());
    }

    @Test
    void givenJobOfBothTargets_whenItsModelVersionIsStored_thenTargetAndMetricsPerTargetReadBack() {
        TrainingJob job = training.createJob(alice.id(), "both", TargetChoice.BOTH, DATASET, List.of(
                new TrainingStore.NewRun("baseline", List.of(Feature.IR), "{}")));
        assertEquals(TargetChoice.BOTH, training.findJob(alice.id(), job.id()).orElseThrow().target());
        long run = job.runs().get(0).id();
        training.claimNext("w").orElseThrow();
        training.runStarted(run);
        Metrics rul = new Metrics(5, 100, 10, 8, 0.9, 3, 0);
        Metrics pcl = new Metrics(5, 0.0004, 0.02, 0.015, 0.8, 7, 1);

        ModelVersion stored = training.addModelVersion(new ModelVersion(0, alice.id(), run, "baseline", "1.0.0",
                TargetChoice.BOTH, List.of(Feature.IR), "{}", DATASET, Map.of(Target.PCL, pcl),
                Map.of(Target.RUL, rul, Target.PCL, pcl), null));

        ModelVersion read = training.findModelVersion(alice.id(), stored.id()).orElseThrow();
        assertEquals(List.of(Target.RUL, Target.PCL), read.targets());
        assertEquals(Map.of(Target.RUL, rul, Target.PCL, pcl), read.testByTarget());
        assertEquals(Map.of(Target.PCL, pcl), read.validationByTarget());
        assertEquals(rul, read.test());
        assertNull(read.validation());
    }

    @Test
    void givenJobs_whenDeleted_thenOnlyTheOwnersFinishedJobGoesWithItsProgressAndItsModelVersionStaysUnlinked() {
        TrainingJob job = submit(alice);
        long run = job.runs().get(0).id();
        training.claimNext("w").orElseThrow();
        training.runStarted(run);
        training.addEpoch(run, new EpochMetrics(1, 1, 0.5, Double.NaN, null));
        training.addLog(run, 1, "line");
        ModelVersion stored = training.addModelVersion(new ModelVersion(0, alice.id(), run, "baseline", "1.0.0", Target.RUL,
                List.of(Feature.IR), "{}", DATASET, null, null, null));
        training.runFinished(run, JobStatus.SUCCEEDED, null, stored.id());
        assertFalse(training.deleteJob(alice.id(), job.id()), "a running job is not deleted");
        assertTrue(training.jobFinished(job.id(), "w", JobStatus.SUCCEEDED, null));
        TrainingJob pending = submit(alice);

        assertFalse(training.deleteJob(bob.id(), job.id()));
        assertFalse(training.deleteJob(alice.id(), pending.id()));
        assertTrue(training.deleteJob(alice.id(), job.id()));

        assertTrue(training.findJob(alice.id(), job.id()).isEmpty());
        assertTrue(training.epochs(alice.id(), run).isEmpty());
        assertTrue(training.log(alice.id(), run).isEmpty());
        assertNull(training.findModelVersion(alice.id(), stored.id()).orElseThrow().runId());
        assertEquals(List.of(pending.id()), training.jobs(alice.id()).stream().map(TrainingJob::id).toList());
        assertFalse(training.deleteJob(alice.id(), job.id()));
    }

    @Test
    void givenProgressWrittenAgainAfterALostAcknowledgement_whenStored_thenEachRowIsThereOnce() throws Exception {
        TrainingJob job = submit(alice);
        long run = job.runs().get(0).id();
        training.claimNext("w").orElseThrow();
        training.runStarted(run);
        EpochMetrics epoch = new EpochMetrics(1, 2, 0.5, Double.NaN, null);
        ModelVersion version = new ModelVersion(0, alice.id(), run, "baseline", "1.0.0", Target.RUL, List.of(Feature.IR),
                "{}", DATASET, null, null, null);
        training.addEpoch(run, epoch);
        training.addLog(run, 1, "first");
        long stored = training.addModelVersion(version).id();

        try (var c = database.dataSource().getConnection()) {
            io.batterylab.storage.internal.RunProgressRows.addEpoch(c, run, epoch, true);
            io.batterylab.storage.internal.RunProgressRows.addLog(c, run, 1, "first", true);
        }

        assertEquals(1, training.epochs(alice.id(), run).size());
        assertEquals(List.of("first"), training.log(alice.id(), run).stream().map(l -> l.line()).toList());
        // a first write of a row that is there already is a defect of the writer, not a repeat
        assertThrows(StorageException.class, () -> training.addEpoch(run, epoch));
        assertThrows(StorageException.class, () -> training.addModelVersion(version));
        assertEquals(List.of(stored), training.modelVersions(alice.id()).stream().map(ModelVersion::id).toList());
    }
}
