package io.batterylab.jobs;

import io.batterylab.core.service.BatteryService;
import io.batterylab.core.training.TrainingJob;
import io.batterylab.storage.Database;
import io.batterylab.storage.JdbcTrainingStore;
import io.batterylab.storage.JdbcUserService;
import io.batterylab.storage.PasswordHasher;
import io.batterylab.storage.StorageConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** An embedded database in a temporary workspace, two users, four cells and the mean algorithm. */
abstract class JobsFixture {
    static final TrainingWorker.Settings FAST = new TrainingWorker.Settings(1, Duration.ofMillis(100),
            Duration.ofMillis(200), Duration.ofSeconds(3), false);

    @TempDir
    Path home;
    StorageConfig config;
    Database database;
    JdbcTrainingStore store;
    long alice;
    long bob;
    final List<AutoCloseable> closeLater = new ArrayList<>();

    /** Four cells of alice's (1..4) and one of bob's (5). */
    BatteryService batteries;
    final TestAlgorithms algorithms = new TestAlgorithms();

    @BeforeEach
    void openDatabase() {
        config = StorageConfig.embedded(home);
        database = Database.open(config);
        store = new JdbcTrainingStore(database.dataSource());
        JdbcUserService users = new JdbcUserService(database.dataSource(), new PasswordHasher(4));
        alice = users.register("alice", "correct horse".toCharArray()).id();
        bob = users.register("bob", "correct horse".toCharArray()).id();
        batteries = new TestCells(alice, bob);
    }

    @AfterEach
    void closeDatabase() throws Exception {
        for (AutoCloseable c : closeLater.reversed()) {
            c.close();
        }
        database.close();
    }

    TrainingJobs service(TrainingWorker.Settings worker) {
        TrainingJobs jobs = new TrainingJobs(store, config, batteries, algorithms, worker);
        closeLater.add(jobs);
        return jobs;
    }

    TrainingJob await(TrainingJobs jobs, long userId, long jobId, Predicate<TrainingJob> done) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            TrainingJob job = jobs.find(userId, jobId).orElseThrow();
            if (done.test(job)) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job " + jobId + " did not get there in 20 s: " + jobs.find(userId, jobId));
    }
}
