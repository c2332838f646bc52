package io.batterylab.jobs;

import io.batterylab.core.model.Battery;
import io.batterylab.core.model.BatteryFilter;
import io.batterylab.core.model.BatterySource;
import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.FeatureValues;
import io.batterylab.core.model.Feature;
import io.batterylab.core.service.BatteryService;
import io.batterylab.core.training.Algorithm;
import io.batterylab.core.training.AlgorithmRegistry;
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
import java.util.Map;
import java.util.Optional;
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

    /** Four cells of alice's: ids 1..4, RUL = 100 * id - cycle. Cell 5 is bob's. */
    final BatteryService batteries = new BatteryService() {
        @Override
        public List<Battery> list(long userId, BatteryFilter filter) {
            return java.util.stream.LongStream.rangeClosed(1, 5).mapToObj(id -> find(userId, id))
                    .flatMap(Optional::stream).toList();
        }

        @Override
        public Optional<Battery> find(long userId, long batteryId) {
            boolean visible = batteryId >= 1 && batteryId <= 4 && userId == alice || batteryId == 5 && userId == bob;
            return visible ? Optional.of(new Battery(batteryId, userId, "cell " + batteryId, BatterySource.UPLOAD, 7L, null,
                    1.1, null, (int) (100 * batteryId), 20, false)) : Optional.empty();
        }

        @Override
        public List<CycleRecord> cycles(long userId, long batteryId) {
            List<CycleRecord> rows = new ArrayList<>();
            for (int c = 1; c <= 20; c++) {
                rows.add(new CycleRecord(c, FeatureValues.of(Map.of(Feature.IR, 0.01 * c)), 100.0 * batteryId - c, 0.01 * c));
            }
            return find(userId, batteryId).isPresent() ? rows : List.of();
        }

        @Override
        public List<CycleRecord> cycles(long userId, long batteryId, int offset, int limit) {
            return cycles(userId, batteryId).stream().skip(offset).limit(limit).toList();
        }
    };

    final AlgorithmRegistry algorithms = new AlgorithmRegistry() {
        final List<Algorithm> all = List.of(new MeanAlgorithm());

        @Override
        public List<Algorithm> all() {
            return all;
        }

        @Override
        public Optional<Algorithm> find(String id) {
            return all.stream().filter(a -> a.id().equals(id)).findFirst();
        }
    };

    @BeforeEach
    void openDatabase() {
        config = StorageConfig.embedded(home);
        database = Database.open(config);
        store = new JdbcTrainingStore(database.dataSource());
        JdbcUserService users = new JdbcUserService(database.dataSource(), new PasswordHasher(4));
        alice = users.register("alice", "correct horse".toCharArray()).id();
        bob = users.register("bob", "correct horse".toCharArray()).id();
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
