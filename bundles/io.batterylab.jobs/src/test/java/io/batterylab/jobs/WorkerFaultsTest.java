package io.batterylab.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.RunLogLine;
import io.batterylab.core.training.RunSpec;
import io.batterylab.core.training.TrainingJob;
import io.batterylab.core.training.TrainingJobSpec;
import io.batterylab.core.training.TrainingRun;
import io.batterylab.storage.Database;
import io.batterylab.storage.JdbcTrainingStore;
import io.batterylab.storage.JdbcUserService;
import io.batterylab.storage.PasswordHasher;
import io.batterylab.storage.StorageConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training workers under faults, with real processes: two worker JVMs ({@link WorkerMain}: this bundle's real
 * TrainingJobs, TrainingWorker and JobRunner on the real storage and Hikari pool) share one job queue in a MariaDB
 * server that the test owns, kills and restarts. The test JVM only submits and watches, like a REST front end.
 */
class WorkerFaultsTest {
    /** Heartbeat timeout of the kill test: short, so that fail-over is quick. */
    private static final double STALE_AFTER_SECONDS = 2;
    @TempDir
    static Path serverDirectory;
    static PrivateMariaDb server;

    @TempDir
    Path home;
    String databaseName;
    StorageConfig config;
    Database database;
    TrainingJobs submitter;
    long alice;
    final List<WorkerProcess> workers = new ArrayList<>();

    @BeforeAll
    static void startServer() throws Exception {
        server = PrivateMariaDb.startOrSkip(serverDirectory);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void freshDatabase() throws Exception {
        databaseName = "bl_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        server.execute("CREATE DATABASE " + databaseName + " CHARACTER SET utf8mb4");
        config = new StorageConfig(home, server.url(databaseName), PrivateMariaDb.USER, PrivateMariaDb.PASSWORD);
        database = Database.open(config);
        alice = new JdbcUserService(database.dataSource(), new PasswordHasher(4)).register("alice",
                "correct horse".toCharArray()).id();
        submitter = new TrainingJobs(new JdbcTrainingStore(database.dataSource()), config, new TestCells(alice, -1),
                new TestAlgorithms(), null);
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (WorkerProcess w : workers) {
            w.close();
        }
        submitter.close();
        database.close();
        server.execute("DROP DATABASE IF EXISTS " + databaseName);
    }

    @Test
    void givenTwoWorkerProcessesWhenJobsOfTwoRunsAreQueuedThenEachRunRunsInExactlyOneProcess() throws Exception {
        startWorkers(STALE_AFTER_SECONDS);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(submitter.submit(alice, spec(new MeanAlgorithm.MeanSettings(4, 100, false),
                    new MeanAlgorithm.MeanSettings(4, 100, false))).id());
        }

        Set<String> used = new java.util.HashSet<>();
        for (long id : ids) {
            TrainingJob done = await(id, j -> j.status().isFinal(), 60);
            assertEquals(JobStatus.SUCCEEDED, done.status(), "job " + id + ": " + done.error());
            String worker = storedWorker(id);
            used.add(worker);
            for (TrainingRun run : done.runs()) {
                assertEquals(List.of("running on worker " + worker), log(run).stream()
                        .filter(l -> l.startsWith("running on worker")).toList(), "run " + run.id() + " ran once, there");
                assertEquals(List.of(1, 2, 3, 4), epochNumbers(run));
            }
        }
        assertEquals(workerIds(), used, "both processes took jobs from the one queue");
        assertModelTreeMatchesTheStoredVersions();
    }

    @Test
    void givenWorkerKilledWhileSavingAModelWhenItsHeartbeatTimesOutThenTheJobFailsNamingItAndNothingHalfWrittenStays()
            throws Exception {
        startWorkers(STALE_AFTER_SECONDS);
        TrainingJob job = submitter.submit(alice, spec(new MeanAlgorithm.MeanSettings(3, 50, false),
                new MeanAlgorithm.MeanSettings(5, 50, false, 60_000)));
        TrainingRun second = job.runs().get(1);
        Path models = config.userDirectory(alice).resolve("models");
        awaitTrue(() -> !incoming(models, second).isEmpty(), 60, "run 2 started saving its model");
        WorkerProcess victim = workerOf(job.id());
        WorkerProcess survivor = workers.get(1 - workers.indexOf(victim));

        victim.kill();
        long killedAt = System.nanoTime();
        assertFalse(incoming(models, second).isEmpty(), "the kill left a half-written model directory");
        TrainingJob failed = await(job.id(), j -> j.status().isFinal(), 30);
        double seconds = (System.nanoTime() - killedAt) / 1e9;

        assertEquals(JobStatus.FAILED, failed.status());
        assertTrue(failed.error().contains("worker " + victim.id() + " stopped responding"), failed.error());
        // found by the survivor's sweep (every half timeout) once the heartbeat is older than the timeout
        assertTrue(seconds < STALE_AFTER_SECONDS * 1.5 + 2, "failed after " + seconds + " s");
        assertEquals(JobStatus.SUCCEEDED, failed.runs().get(0).status());
        assertEquals(JobStatus.FAILED, failed.runs().get(1).status());
        assertTrue(failed.runs().get(1).error().contains(victim.id()), failed.runs().get(1).error());
        assertEquals(List.of(1, 2, 3, 4, 5), epochNumbers(second));
        awaitTrue(() -> incoming(models, second).isEmpty(), 10, "the half-written directory is removed");
        assertModelTreeMatchesTheStoredVersions();
        assertEquals(List.of(failed.runs().get(0).modelVersionId()),
                submitter.modelVersions().list(alice).stream().map(v -> v.id()).toList());

        TrainingJob next = await(submitter.submit(alice, spec(new MeanAlgorithm.MeanSettings(3, 0, false))).id(),
                j -> j.status().isFinal(), 30);
        assertEquals(JobStatus.SUCCEEDED, next.status());
        assertEquals(survivor.id(), storedWorker(next.id()));
        assertTrue(survivor.isAlive());
    }

    @Test
    void givenDatabaseRestartedMidRunWhenItIsBackThenTheRunContinuesWithoutDuplicatesAndTheNextJobRuns()
            throws Exception {
        // a timeout longer than the restart: the workers must ride it out rather than give each other's jobs up
        startWorkers(30);
        TrainingJob job = submitter.submit(alice, spec(new MeanAlgorithm.MeanSettings(30, 100, false),
                new MeanAlgorithm.MeanSettings(10, 50, false)));
        TrainingRun first = job.runs().get(0);
        awaitTrue(() -> epochCount(first) >= 5, 60, "run 1 is under way");

        server.stop();
        Thread.sleep(2000);
        server.start();
        TrainingJob done = await(job.id(), j -> j.status().isFinal(), 120);

        assertEquals(JobStatus.SUCCEEDED, done.status(), done.error() + "\n" + workers.get(0).output() + "\n"
                + workers.get(1).output());
        assertTrue(done.runs().stream().allMatch(r -> r.status() == JobStatus.SUCCEEDED), done.runs().toString());
        WorkerProcess runner = workerOf(job.id());
        // the outage really hit the run: a write waited for the connection and went through after the restart
        assertTrue(runner.output().contains("database connection lost while trying to store"), runner.output());
        assertTrue(runner.output().contains("database connection is back"), runner.output());
        assertEquals(IntStream.rangeClosed(1, 30).boxed().toList(), epochNumbers(first));
        assertEquals(IntStream.rangeClosed(1, 10).boxed().toList(), epochNumbers(done.runs().get(1)));
        for (TrainingRun run : done.runs()) {
            List<String> lines = log(run);
            assertEquals(lines.size(), Set.copyOf(lines).size(), "log of run " + run.id() + " has no duplicates: " + lines);
        }
        assertModelTreeMatchesTheStoredVersions();

        TrainingJob next = await(submitter.submit(alice, spec(new MeanAlgorithm.MeanSettings(3, 0, false),
                new MeanAlgorithm.MeanSettings(3, 0, false))).id(), j -> j.status().isFinal(), 30);
        assertEquals(JobStatus.SUCCEEDED, next.status());
        assertTrue(workers.stream().allMatch(WorkerProcess::isAlive));
    }

    private void startWorkers(double staleAfterSeconds) throws Exception {
        Map<String, String> settings = Map.of(TrainingWorker.POLL, "0.2", TrainingWorker.HEARTBEAT,
                Double.toString(staleAfterSeconds / 6), TrainingWorker.STALE_AFTER, Double.toString(staleAfterSeconds));
        for (int i = 0; i < 2; i++) {
            workers.add(WorkerProcess.start(home.resolve("worker-" + i + ".log"), settings, List.of(home.toString(),
                    config.dbUrl(), PrivateMariaDb.USER, PrivateMariaDb.PASSWORD, Long.toString(alice), "-1")));
        }
    }

    private static TrainingJobSpec spec(MeanAlgorithm.MeanSettings... runs) {
        return new TrainingJobSpec("faults", Target.RUL, TrainingJobsTest.BY_CELL,
                Stream.of(runs).map(s -> new RunSpec("mean", List.of(Feature.IR), s)).toList());
    }

    private TrainingJob await(long jobId, Predicate<TrainingJob> done, int seconds) throws InterruptedException {
        awaitTrue(() -> done.test(submitter.find(alice, jobId).orElseThrow()), seconds, "job " + jobId);
        return submitter.find(alice, jobId).orElseThrow();
    }

    private void awaitTrue(java.util.function.BooleanSupplier condition, int seconds, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (!holds(condition)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(what + ": not within " + seconds + " s\n"
                        + workers.stream().map(WorkerProcess::output).collect(Collectors.joining("\n---\n")));
            }
            Thread.sleep(50);
        }
    }

    /** False while the test's own connection to a restarting server fails. */
    private static boolean holds(java.util.function.BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (io.batterylab.storage.StorageException e) {
            return false;
        }
    }

    private Set<String> workerIds() {
        return workers.stream().map(WorkerProcess::id).collect(Collectors.toSet());
    }

    private WorkerProcess workerOf(long jobId) throws SQLException {
        String id = storedWorker(jobId);
        return workers.stream().filter(w -> w.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("job " + jobId + " claimed by unknown worker " + id));
    }

    /** The worker id stored with the job when it was claimed (not part of the service's view of a job). */
    private String storedWorker(long jobId) throws SQLException {
        try (Connection c = DriverManager.getConnection(config.dbUrl(), PrivateMariaDb.USER, PrivateMariaDb.PASSWORD);
                PreparedStatement ps = c.prepareStatement("SELECT worker_id FROM training_jobs WHERE id = ?")) {
            ps.setLong(1, jobId);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }

    private List<Integer> epochNumbers(TrainingRun run) {
        return submitter.epochs(alice, run.id()).stream().map(EpochMetrics::epoch).toList();
    }

    private int epochCount(TrainingRun run) {
        return submitter.epochs(alice, run.id()).size();
    }

    private List<String> log(TrainingRun run) {
        return submitter.log(alice, run.id()).stream().map(RunLogLine::line).toList();
    }

    private static List<Path> incoming(Path models, TrainingRun run) {
        if (!Files.isDirectory(models)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(models)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(ModelVersionFiles.INCOMING + "run-" + run.id() + "-"))
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The models directory holds exactly one complete directory per stored model version, and nothing else. */
    private void assertModelTreeMatchesTheStoredVersions() throws Exception {
        Path models = config.userDirectory(alice).resolve("models");
        Set<String> expected = submitter.modelVersions().list(alice).stream().map(v -> Long.toString(v.id()))
                .collect(Collectors.toSet());
        Set<String> present;
        try (Stream<Path> entries = Files.list(models)) {
            present = entries.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        assertEquals(expected, present, "model directories against model_versions rows");
        for (String id : present) {
            try (Stream<Path> files = Files.list(models.resolve(id))) {
                assertEquals(Set.of("mean.txt", "mean.check", ModelVersionFiles.METADATA),
                        files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()), "files of model " + id);
            }
            submitter.modelVersions().load(alice, Long.parseLong(id)).close();
        }
    }
}
