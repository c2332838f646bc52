package io.batterylab.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.batterylab.core.model.Battery;
import io.batterylab.core.model.BatteryFilter;
import io.batterylab.core.model.BatterySource;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import io.batterylab.core.service.BatteryService;
import io.batterylab.core.service.BuiltInDataService;
import io.batterylab.core.service.Progress;
import io.batterylab.core.service.UserService;
import io.batterylab.core.testing.TestJob;
import io.batterylab.core.testing.TestJobService;
import io.batterylab.core.testing.TestJobSpec;
import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.core.training.DatasetSelection;
import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.RunSpec;
import io.batterylab.core.training.TrainingJob;
import io.batterylab.core.training.TrainingJobService;
import io.batterylab.core.training.TrainingJobSpec;
import io.batterylab.jobs.TestJobs;
import io.batterylab.jobs.TrainingJobs;
import io.batterylab.jobs.TrainingWorker;
import io.batterylab.sample.SampleDataSet;
import io.batterylab.storage.Database;
import io.batterylab.storage.JdbcBatteryService;
import io.batterylab.storage.JdbcBatteryStore;
import io.batterylab.storage.JdbcTestJobStore;
import io.batterylab.storage.JdbcTrainingStore;
import io.batterylab.storage.JdbcUserService;
import io.batterylab.storage.PasswordHasher;
import io.batterylab.storage.StorageConfig;
import io.batterylab.test.support.ScratchMariaDb;
import io.batterylab.test.support.Services;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints how long a test job of one Baseline model takes over all 124 built-in cells, one worker thread: seconds and
 * scored rows per second, for h = 0 and h = 50. On the embedded H2 database through the DS-wired services, and on
 * MariaDB (a throw-away database on the server of {@code BATTERYLAB_TEST_MYSQL_URL}, skipped without it) through the
 * same service classes built by hand. Figures only — nothing here asserts a time. Opt-in:
 * {@code ./mvnw clean verify -Pbenchmark} (see docs/benchmarks.md).
 */
@Tag("benchmark")
class TestJobBenchmarkTest {

    @Test
    void printTestJobOverAllBuiltInCells() throws Exception {
        Services.await(BuiltInDataService.class).ensureLoaded(Progress.none());
        long user = Services.await(UserService.class).register("bench-" + UUID.randomUUID().toString().substring(0, 8),
                "correct horse battery".toCharArray()).id();
        StringBuilder out = new StringBuilder(String.format("%n%-12s | %-8s | %8s | %8s | %8s | %10s%n", "database",
                "horizon", "cells", "rows", "seconds", "rows/s"));
        measure("embedded H2", Services.await(TrainingJobService.class), Services.await(TestJobService.class),
                Services.await(BatteryService.class), user, out);
        Optional<ScratchMariaDb> mariaDb = ScratchMariaDb.create();
        if (mariaDb.isEmpty()) {
            out.append("MariaDB skipped: " + ScratchMariaDb.URL_ENV + " is not set\n");
        } else {
            try (ScratchMariaDb db = mariaDb.get()) {
                onMariaDb(db, out);
            }
        }
        System.out.println("[benchmark] test job, one Baseline model over the 124 built-in cells" + out);
    }

    /** The same measurement on a fresh MariaDB database with the built-in cells stored. */
    private static void onMariaDb(ScratchMariaDb db, StringBuilder out) throws Exception {
        StorageConfig config = new StorageConfig(Files.createTempDirectory("bl-bench-my"), db.url(), db.user(),
                db.password());
        AlgorithmRegistry algorithms = Services.await(AlgorithmRegistry.class);
        TrainingWorker.Settings worker = TrainingWorker.Settings.defaults(false);
        try (Database database = Database.open(config)) {
            new JdbcBatteryStore(database.dataSource()).loadBuiltIn(SampleDataSet.bundled().load(), true);
            BatteryService batteries = new JdbcBatteryService(database.dataSource());
            long user = new JdbcUserService(database.dataSource(), new PasswordHasher(4)).register("bench",
                    "correct horse battery".toCharArray()).id();
            try (TrainingJobs training = new TrainingJobs(new JdbcTrainingStore(database.dataSource()), config, batteries,
                    algorithms, worker);
                    TestJobs tests = new TestJobs(new JdbcTestJobStore(database.dataSource()), batteries,
                            training.modelVersions(), algorithms, null, worker)) {
                measure("MariaDB", training, tests, batteries, user, out);
            }
        }
    }

    private static void measure(String database, TrainingJobService training, TestJobService tests,
            BatteryService batteries, long user, StringBuilder out) throws Exception {
        List<Long> cells = batteries.list(user, new BatteryFilter(null, null, null, BatterySource.BUILT_IN, null))
                .stream().map(Battery::id).sorted().toList();
        assertEquals(124, cells.size());
        TrainingJob job = training.submit(user, new TrainingJobSpec("bench", Target.RUL,
                DatasetSelection.byCell(cells.subList(0, 4), List.of(), List.of()),
                List.of(new RunSpec("baseline", List.of(Feature.DQ_SLOPE, Feature.T_AVG), null))));
        TrainingJob trained = TrainingJobsInEquinoxTest.awaitFinal(training, user, job.id());
        assertEquals(JobStatus.SUCCEEDED, trained.status());
        long model = trained.runs().get(0).modelVersionId();
        for (int horizon : new int[] {0, 50}) {
            long started = System.nanoTime();
            TestJob submitted = tests.submit(user, new TestJobSpec("bench", model, cells, null, List.of(), horizon));
            TestJob done = TrainingJobsInEquinoxTest.awaitFinal(tests, user, submitted.id());
            double seconds = (System.nanoTime() - started) / 1e9;
            assertEquals(JobStatus.SUCCEEDED, done.status(), done::error);
            long rows = tests.detailCount(user, done.id(), null);
            out.append(String.format("%-12s | %-8d | %8d | %8d | %8.1f | %10.0f%n", database, horizon,
                    done.batteriesDone(), rows, seconds, rows / seconds));
        }
    }
}
